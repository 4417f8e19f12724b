package org.claimtrace.attribution;

/**
 * A cue and its source, before contents are shared out between the attributions of the sentence: each shape of
 * attribution proposes these, and {@link AttributionContents} decides what content each one keeps.
 */
record Candidate(int cueFrom, int cueTo, int cueStart, int cueEnd, int[] source, Shape shape, int contentFrom,
        Stance stance, double score, AttributionType fixedType, boolean borrowed) {

    /** Where the content stands against the cue: before it, after it, or on both sides of it. */
    enum Shape { CONTENT_FIRST, SOURCE_FIRST, AROUND }

    Candidate(int cueFrom, int cueTo, int cueStart, int cueEnd, int[] source, Shape shape, int contentFrom,
            Stance stance, double score, AttributionType fixedType) {
        this(cueFrom, cueTo, cueStart, cueEnd, source, shape, contentFrom, stance, score, fixedType, false);
    }

    /** "…, adding that …", "… and said …": the source is the subject of an earlier verb. */
    Candidate borrowing() {
        return new Candidate(cueFrom, cueTo, cueStart, cueEnd, source, shape, contentFrom, stance, score,
                fixedType, true);
    }

    int regionStart() {
        return source == null || borrowed ? cueFrom : Math.min(cueFrom, source[0]);
    }

    int regionEnd() {
        return source == null || borrowed ? cueTo : Math.max(cueTo, source[1]);
    }

    Candidate withScore(double newScore) {
        return new Candidate(cueFrom, cueTo, cueStart, cueEnd, source, shape, contentFrom, stance, newScore,
                fixedType, borrowed);
    }
}
