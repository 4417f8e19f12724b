package org.claimtrace.annotation;

import org.claimtrace.base.RejectedException;

import java.util.Locale;

/**
 * What a browser selection becomes on the server: confirmed against the stored text, then snapped to
 * whole words without leading or trailing spaces.
 */
public final class Selections {

    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private Selections() {
    }

    /**
     * @param clientText what the browser says it selected; the offsets are trusted only if the stored text
     *                   has exactly that there, whitespace aside (a browser's selection text has no
     *                   separator between paragraphs, and renders runs of spaces its own way)
     */
    public static Span confirm(String text, int start, int end, String clientText) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new RejectedException("The selection is outside the article text. Select the words again.");
        }
        refuseSplitCharacter(text, start, "start");
        refuseSplitCharacter(text, end, "end");
        if (clientText != null && !squash(text.substring(start, end)).equals(squash(clientText))) {
            throw new RejectedException("The selected text does not match the article as stored: it may "
                    + "have been revised since you opened it. Reload the article and select again.");
        }
        return snap(text, start, end);
    }

    /**
     * True when the offset falls between the two UTF-16 code units of one character (an emoji, a rare CJK
     * character): a span starting or ending there would hold half a character, which no file format can write.
     */
    public static boolean splitsCharacter(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    private static void refuseSplitCharacter(String text, int offset, String which) {
        if (splitsCharacter(text, offset)) {
            throw new RejectedException("The selection's " + which + " (" + offset + ") falls inside a character made of two "
                    + "UTF-16 code units (an emoji or similar symbol): give " + (offset - 1) + " or " + (offset + 1) + ".");
        }
    }

    /** Trims spaces and widens a selection that starts or ends inside a word to the whole word. */
    public static Span snap(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new RejectedException("The selection is empty. Select the words to annotate.");
        }
        while (start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
            start--;
        }
        while (end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end))) {
            end++;
        }
        if (end - start > ClaimAnnotation.QUOTE_MAX) {
            throw new RejectedException(String.format(Locale.ROOT,
                    "An annotation is at most %,d characters; this selection has %,d. Select a shorter span.",
                    ClaimAnnotation.QUOTE_MAX, end - start));
        }
        return new Span(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
