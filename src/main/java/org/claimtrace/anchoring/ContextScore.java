package org.claimtrace.anchoring;

/**
 * How well the text around a candidate place matches the prefix and suffix stored with an anchor. This is what
 * tells a moved passage from the same words said elsewhere: a repeated phrase such as "officials said" has the
 * right quote but the wrong neighbours.
 *
 * @param prefix similarity of the stored prefix and the text before the candidate, in [0, 1]
 * @param suffix similarity of the stored suffix and the text after the candidate, in [0, 1]
 */
record ContextScore(double prefix, double suffix) {

    /**
     * One side must be nearly the stored context. 0.8 allows a corrected typo or a changed word at the far end of the
     * 32 characters, while unrelated text scores far lower (news sentences measured 0.17 to 0.31).
     */
    static final double STRONG_SIDE = 0.8;

    /**
     * The two sides together must still mostly agree. Only one strong side is required because a passage moved to the
     * start of a paragraph keeps the words after it but gets new words before it (and vice versa).
     */
    static final double MEAN = 0.5;

    static ContextScore around(TextAnchor anchor, String text, int start, int end) {
        String before = TextAnchor.prefixBefore(text, start);
        String after = TextAnchor.suffixAfter(text, end);
        return new ContextScore(WordingSimilarity.of(anchor.prefix(), before), WordingSimilarity.of(anchor.suffix(), after));
    }

    double mean() {
        return (prefix + suffix) / 2;
    }

    /** Whether this context is good enough to accept an exact quote found away from its recorded place. */
    boolean convincing() {
        return Math.max(prefix, suffix) >= STRONG_SIDE && mean() >= MEAN;
    }
}
