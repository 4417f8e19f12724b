package org.claimtrace.anchoring;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two wordings are: 1 - Levenshtein distance / length of the longer one, so 1 is identical and 0 shares
 * nothing. Bounded: below the minimum the caller asks for, the distance computation stops early (Commons Text's
 * thresholded Levenshtein only fills a band of the table), which keeps huge unrelated spans cheap.
 */
final class WordingSimilarity {

    private WordingSimilarity() {
    }

    /** The similarity of {@code a} and {@code b}, or 0 if it is below {@code minimum}. */
    static double atLeast(CharSequence a, CharSequence b, double minimum) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1.0;
        }
        int allowed = (int) Math.floor(longer * (1.0 - minimum));
        if (Math.abs(a.length() - b.length()) > allowed) {
            return 0.0;
        }
        int distance = new LevenshteinDistance(allowed).apply(a, b);
        return distance < 0 ? 0.0 : 1.0 - (double) distance / longer;
    }

    /** The exact similarity, for short strings such as the 32-character context. */
    static double of(CharSequence a, CharSequence b) {
        return atLeast(a, b, 0.0);
    }
}
