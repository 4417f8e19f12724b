package org.claimtrace.exchange;

import java.util.EnumMap;
import java.util.Map;

/**
 * One annotation as a file gives it, before any checking: the values by column, whatever the format, and
 * the line it starts on. {@code codePoints} says the start and end count Unicode code points (W3C
 * TextPositionSelector) rather than UTF-16 units (our CSV, Hypothesis). {@code notice} is what reading the
 * row changed that the importer should be told (e.g. tags that name no attribution type), or null.
 */
record SourceRow(long line, Map<AnnotationColumn, String> values, boolean codePoints, String notice) {

    SourceRow {
        values = values.isEmpty() ? new EnumMap<>(AnnotationColumn.class) : new EnumMap<>(values);
    }

    SourceRow(long line, Map<AnnotationColumn, String> values, boolean codePoints) {
        this(line, values, codePoints, null);
    }

    /** The value, or null when absent or blank. */
    String get(AnnotationColumn column) {
        var value = values.get(column);
        return value == null || value.isBlank() ? null : value;
    }
}
