package org.claimtrace.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.claimtrace.exchange.FormulaGuard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A report table as CSV, by the exchange rules: RFC 4180 with CRLF line ends, UTF-8, a header row, FastCSV, and
 * cells a spreadsheet would run as formulas neutralised with a leading apostrophe ({@link FormulaGuard}).
 */
final class CsvDownload {

    private CsvDownload() {
    }

    static Anchor of(ReportTable table, String fileName) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            try (var out = event.getOutputStream()) {
                write(table, out);
            }
        };
        var anchor = new Anchor(handler, "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new com.vaadin.flow.component.html.Span("CSV"));
        anchor.setId(table.name() + "-csv");
        anchor.addClassName("report-csv");
        anchor.getElement().setAttribute("title", "Download " + table.caption() + " as CSV");
        return anchor;
    }

    static void write(ReportTable table, OutputStream out) throws IOException {
        var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        var csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
        csv.writeRecord(table.headers());
        for (List<String> row : table.texts()) {
            csv.writeRecord(row.stream().map(FormulaGuard::neutralise).toList());
        }
        csv.flush();
        writer.flush();
    }
}
