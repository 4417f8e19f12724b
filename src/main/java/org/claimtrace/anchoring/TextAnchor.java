package org.claimtrace.anchoring;

import java.util.Objects;

/**
 * Where a claim annotation sits in an article's normalised text, stored the way the W3C Web Annotation model
 * anchors a span: a position ({@code start}/{@code end}) <em>and</em> the quoted wording with a little context,
 * so the span can be found again, or honestly reported as lost, after the text is corrected.
 *
 * <p>Offsets are UTF-16 code units (Java {@link String} indices), as in the browser; the W3C
 * TextPositionSelector counts code points and is converted on export and import.
 */
public record TextAnchor(int start, int end, String quote, String prefix, String suffix) {

    /** About 32 characters each side, as in the domain model; enough to tell repeated phrases apart. */
    public static final int CONTEXT_LENGTH = 32;

    public TextAnchor {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("anchor needs 0 <= start < end, got start=" + start + " end=" + end);
        }
    }

    /** Anchors {@code text[start, end)}, taking the quote and up to 32 characters of context each side. */
    public static TextAnchor of(String text, int start, int end) {
        Objects.requireNonNull(text, "text");
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative, got " + start);
        }
        if (end > text.length()) {
            throw new IllegalArgumentException("end " + end + " is past the end of the text (length " + text.length() + ")");
        }
        if (start >= end) {
            throw new IllegalArgumentException("start must be before end, got start=" + start + " end=" + end);
        }
        return new TextAnchor(start, end, text.substring(start, end), prefixBefore(text, start), suffixAfter(text, end));
    }

    /** The span's length in UTF-16 code units. */
    public int length() {
        return end - start;
    }

    static String prefixBefore(String text, int start) {
        int from = Math.max(0, start - CONTEXT_LENGTH);
        // A cut between the two halves of a surrogate pair would store half an emoji: take one char less.
        if (from > 0 && Character.isLowSurrogate(text.charAt(from)) && Character.isHighSurrogate(text.charAt(from - 1))) {
            from++;
        }
        return text.substring(from, start);
    }

    static String suffixAfter(String text, int end) {
        int to = Math.min(text.length(), end + CONTEXT_LENGTH);
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to)) && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(end, to);
    }
}
