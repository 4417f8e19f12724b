package org.claimtrace.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** Writes annotations.csv: the columns of {@link AnnotationColumn#layout}, one row per annotation or per claim link. */
final class AnnotationCsv {

    private AnnotationCsv() {
    }

    /** Feeds rows from {@code source} into the file; returns the number of rows written. */
    static long write(Consumer<Consumer<AnnotationRow>> source, ExportOptions options, OutputStream out, Progress progress) {
        List<AnnotationColumn> columns = AnnotationColumn.layout(options);
        var header = columns.stream().map(AnnotationColumn::header).toList();
        long[] rows = {0};
        try (var csv = new CsvOutput(out, header, options.byteOrderMark(), options.neutraliseFormulas())) {
            var cells = csv.cells();
            source.accept(row -> {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = columns.get(i).cell(row);
                }
                csv.writeRow();
                progress.row(++rows[0]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }
}
