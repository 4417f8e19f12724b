package org.claimtrace.exchange;

import java.util.Arrays;

/**
 * Converts offsets between UTF-16 code units (Java, the browser, our JSON) and Unicode code points (the W3C
 * TextPositionSelector) for one text. An emoji or a rare CJK ideograph is two units but one point; the
 * positions of those pairs are kept so each conversion is a binary search, and free for the common text
 * that has none.
 */
public final class CodePoints {

    /** UTF-16 index of the high surrogate of every surrogate pair, ascending. */
    private final int[] pairs;
    private final int length;

    public CodePoints(String text) {
        this.length = text.length();
        int[] found = new int[0];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, Math.max(8, n * 2));
                }
                found[n++] = i++;
            }
        }
        this.pairs = Arrays.copyOf(found, n);
    }

    /** The code point offset of a UTF-16 offset (one inside a pair counts as after it). */
    public int toCodePoints(int utf16) {
        int before = Arrays.binarySearch(pairs, 0, pairs.length, utf16 - 1);
        int pairsBefore = before >= 0 ? before + 1 : -before - 1;
        return utf16 - pairsBefore;
    }

    /** The UTF-16 offset of a code point offset, or -1 when it lies beyond the text. */
    public int toUtf16(int codePoints) {
        if (codePoints < 0) {
            return -1;
        }
        int utf16 = codePoints;
        for (int pair : pairs) {
            if (pair < utf16) {
                utf16++;
            } else {
                break;
            }
        }
        return utf16 <= length ? utf16 : -1;
    }
}
