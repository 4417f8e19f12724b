package org.claimtrace.linking;

import org.claimtrace.matching.SharedWords;

/**
 * How strong a match looks, in words an editor reads at a glance. The matcher's score is comparable only
 * within one list (it is a listwise re-ranker, or BM25 when sentence meaning is not ready), so the band is
 * read from what the editor can check: how much of the shorter quote's wording the other quote shares.
 */
public enum MatchBand {
    /** At least half of the shorter quote's content words, and at least three of them, are in the other. */
    STRONG("strong"),
    /** Some shared wording, or a similar meaning only. */
    POSSIBLE("possible");

    static final double STRONG_CONTAINMENT = 0.5;
    static final int STRONG_MIN_WORDS = 3;

    private final String label;

    MatchBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static MatchBand of(SharedWords shared) {
        return shared.containment() >= STRONG_CONTAINMENT && shared.words().size() >= STRONG_MIN_WORDS ? STRONG : POSSIBLE;
    }
}
