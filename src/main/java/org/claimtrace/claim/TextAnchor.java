package org.claimtrace.claim;

/**
 * Where a claim sits in a text, W3C-style: UTF-16 offsets plus the exact quote and up to 32 characters of
 * context either side, so it can be found again when the text changes.
 */
public record TextAnchor(int start, int end, String quote, String prefix, String suffix) {

    public static final int CONTEXT = 32;

    public static TextAnchor of(String text, int start, int end) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("A span [" + start + ", " + end + ") is not inside a text of "
                    + text.length() + " characters");
        }
        int from = Math.max(0, start - CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        int to = Math.min(text.length(), end + CONTEXT);
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return new TextAnchor(start, end, text.substring(start, end), text.substring(from, start), text.substring(end, to));
    }
}
