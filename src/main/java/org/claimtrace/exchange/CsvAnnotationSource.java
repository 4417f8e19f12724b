package org.claimtrace.exchange;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads annotations.csv: finds columns by header name (any order, unknown columns ignored), restores
 * neutralised formula cells, and reports a row with the wrong number of cells without stopping. Broken
 * quoting or bytes that are not UTF-8 stop the reading with the line where it happened.
 */
final class CsvAnnotationSource {

    private CsvAnnotationSource() {
    }

    static void read(Path file, boolean restoreFormulas, Consumer<SourceRow> rows, Consumer<RowProblem> problems) {
        long lastLine = 0;
        try (var reader = ImportFiles.utf8(file);
             var csv = CsvReader.builder().detectBomHeader(true).allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader)) {
            List<AnnotationColumn> columns = null;
            for (var record : csv) {
                lastLine = record.getStartingLineNumber();
                if (columns == null) {
                    columns = header(record.getFields());
                    continue;
                }
                if (record.getFieldCount() == 1 && record.getField(0).isEmpty()) {
                    continue;
                }
                if (record.getFieldCount() != columns.size()) {
                    problems.accept(new RowProblem(lastLine, null, "The row has " + record.getFieldCount()
                            + " cells; the header has " + columns.size() + ". Check for a stray comma or quote."));
                    continue;
                }
                var values = new EnumMap<AnnotationColumn, String>(AnnotationColumn.class);
                for (int i = 0; i < columns.size(); i++) {
                    var column = columns.get(i);
                    if (column != null) {
                        var cell = record.getField(i);
                        values.put(column, restoreFormulas ? FormulaGuard.restore(cell) : cell);
                    }
                }
                rows.accept(new SourceRow(lastLine, values, false));
            }
            if (columns == null) {
                throw FileRejectedException.of("The file is empty.");
            }
        } catch (CsvParseException e) {
            throw FileRejectedException.of("The CSV is broken after line " + lastLine + ": " + e.getMessage()
                    + ". A quote is probably not closed; a cell with quotes must be wrapped in quotes and its quotes doubled.");
        } catch (IOException | UncheckedIOException e) {
            if (ImportFiles.isEncodingError(e)) {
                throw FileRejectedException.of(ImportFiles.notUtf8(lastLine));
            }
            throw new UncheckedIOException(e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    private static List<AnnotationColumn> header(List<String> names) {
        var columns = new ArrayList<AnnotationColumn>();
        for (var name : names) {
            columns.add(AnnotationColumn.byHeader(name).orElse(null));
        }
        if (!columns.contains(AnnotationColumn.ATTRIBUTION_TYPE)
                || columns.stream().noneMatch(c -> c == AnnotationColumn.ARTICLE_CONTENT_HASH || c == AnnotationColumn.ARTICLE_URL
                || c == AnnotationColumn.ARTICLE_ID)) {
            throw FileRejectedException.of("This does not look like annotations.csv: the header needs attribution_type "
                    + "and one of article_content_hash, article_url or article_id (found: " + String.join(", ", names) + ").");
        }
        return columns;
    }
}
