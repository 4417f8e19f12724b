package org.claimtrace.exchange;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 (CRLF line ends, quotes only where needed), optionally behind a BOM for Excel and
 * with formula cells neutralised. FastCSV does the writing (docs/decisions/006-exchange-formats.md).
 */
final class CsvOutput implements Closeable {

    private final Writer writer;
    private final CsvWriter csv;
    private final boolean neutralise;
    private final String[] cells;

    CsvOutput(OutputStream out, List<String> header, boolean byteOrderMark, boolean neutralise) {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.neutralise = neutralise;
        this.cells = new String[header.size()];
        try {
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(header);
    }

    /** The buffer for the next row's cells; {@link #writeRow()} writes it. */
    String[] cells() {
        return cells;
    }

    void writeRow() {
        if (neutralise) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = FormulaGuard.neutralise(cells[i]);
            }
        }
        csv.writeRecord(cells);
    }

    @Override
    public void close() throws IOException {
        csv.flush();
        writer.flush();
    }
}
