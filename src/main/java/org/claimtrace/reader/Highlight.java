package org.claimtrace.reader;

/**
 * One span to paint in the reader: a saved annotation, or a suggestion (drawn dashed) awaiting a decision.
 * The id is the annotation's id, or the suggestion's index prefixed with "s".
 */
public record Highlight(String id, int start, int end, String colour, String title, boolean suggestion) {

    int length() {
        return end - start;
    }
}
