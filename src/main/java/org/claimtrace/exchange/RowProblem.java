package org.claimtrace.exchange;

/**
 * What is wrong with one row of an imported file: the line it starts on (1-based; null for the file as a
 * whole), the column or JSON property, and a sentence an editor can act on.
 */
public record RowProblem(Long line, String field, String message) {

    public static RowProblem ofFile(String message) {
        return new RowProblem(null, null, message);
    }

    @Override
    public String toString() {
        return (line == null ? "" : "Line " + line + ": ") + (field == null ? "" : field + ": ") + message;
    }
}
