package org.claimtrace.attribution;

import java.util.List;

/**
 * What {@link AttributionFinder} recognised in one sentence: where the cue, the source and the content are.
 * {@code sourceTokens} is empty when the cue names no source ("reportedly"). {@code fixedType} is set when
 * the cue alone decides the type (a post on a platform, "reportedly"); otherwise the source decides.
 */
record FoundAttribution(
        int cueStart,
        int cueEnd,
        List<Token> sourceTokens,
        int contentStart,
        int contentEnd,
        Stance cueStance,
        double score,
        AttributionType fixedType) {

    boolean hasSource() {
        return !sourceTokens.isEmpty();
    }

    int sourceStart() {
        return sourceTokens.isEmpty() ? -1 : sourceTokens.getFirst().start();
    }

    int sourceEnd() {
        return sourceTokens.isEmpty() ? -1 : sourceTokens.getLast().end();
    }


    FoundAttribution withSource(int newCueStart, int newCueEnd, List<Token> source, Stance stance, double newScore) {
        return new FoundAttribution(newCueStart, newCueEnd, source, contentStart, contentEnd, stance, newScore,
                fixedType);
    }

    FoundAttribution withContent(int start, int end) {
        return new FoundAttribution(cueStart, cueEnd, sourceTokens, start, end, cueStance, score, fixedType);
    }

    FoundAttribution withFixedType(AttributionType type, int newCueEnd) {
        return new FoundAttribution(cueStart, newCueEnd, sourceTokens, contentStart, contentEnd, cueStance, score,
                type);
    }
}
