package org.claimtrace.attribution;

/**
 * Trims a proposed claim span to what an editor would highlight: no surrounding blanks, no leading or
 * trailing commas, dashes, full stop or stray symbol (emoji, bullet), no quotation mark or bracket left
 * without its partner, and no pair of quotation marks around the whole claim ("“We urge …,”" is "We urge …").
 * Boundaries only ever move inwards, so a span that started and ended on token edges keeps whole words.
 */
final class ClaimBoundaries {

    private static final String EDGE_PUNCTUATION = ",;:.—–-";

    private ClaimBoundaries() {
    }

    /** Returns {start, end} after trimming; start == end when nothing is left. */
    static int[] trim(String text, int start, int end) {
        int s = start;
        int e = end;
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            char first = text.charAt(s);
            char last = text.charAt(e - 1);
            int firstCodePoint = text.codePointAt(s);
            int lastCodePoint = text.codePointBefore(e);
            if (isBlank(first) || EDGE_PUNCTUATION.indexOf(first) >= 0 || isStraySymbol(firstCodePoint)) {
                s += Character.charCount(firstCodePoint);
                changed = true;
            } else if (isBlank(last) || EDGE_PUNCTUATION.indexOf(last) >= 0 || isStraySymbol(lastCodePoint)) {
                e -= Character.charCount(lastCodePoint);
                changed = true;
            } else if (isOpening(first) && text.indexOf(partner(first), s + 1) == e - 1 && e - s > 2) {
                s++; // the quotation marks around the whole claim: the claim is the words
                e--;
                changed = true;
            } else if (isOpening(first) && !containsClosingFor(text, s, e, first)) {
                s++;
                changed = true;
            } else if (isClosing(last) && !containsOpeningFor(text, s, e - 1, last)) {
                e--;
                changed = true;
            }
        }
        return new int[] {s, e};
    }

    /** Emoji, bullets and other symbols at the edge of a span ("📰 Kim plans…"); currency signs stay. */
    private static boolean isStraySymbol(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.SURROGATE
                || codePoint == '•' || codePoint == '·' || codePoint == '*';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOpening(char c) {
        return c == '“' || c == '‘' || c == '(' || c == '"';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == ')' || c == '"';
    }

    private static char partner(char c) {
        return switch (c) {
            case '“' -> '”';
            case '”' -> '“';
            case '‘' -> '’';
            case '’' -> '‘';
            case '(' -> ')';
            case ')' -> '(';
            default -> '"';
        };
    }

    private static boolean containsClosingFor(String text, int s, int e, char opening) {
        return text.substring(s + 1, e).indexOf(partner(opening)) >= 0;
    }

    private static boolean containsOpeningFor(String text, int s, int e, char closing) {
        // a straight quote is its own partner; an apostrophe (’) inside a word is not a closing quote
        if (closing == '’' && e > s && Character.isLetter(text.charAt(e - 1))) {
            return true;
        }
        return text.substring(s, e).indexOf(partner(closing)) >= 0;
    }
}
