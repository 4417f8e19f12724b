package org.claimtrace.attribution;

import java.util.Objects;

/**
 * A candidate claim annotation proposed by {@link CueDetector}; an editor confirms or discards it.
 *
 * <p>Offsets are UTF-16 code units (Java {@code String} indices) into the normalised article text.
 * {@code start..end} is the claim content: {@code quote} is exactly {@code text.substring(start, end)}.
 * {@code cueStart..cueEnd} locate the cue; both are -1 when there is none (an UNATTRIBUTED sentence without
 * a hedge). {@code cue} and {@code sourceAsWritten} are empty strings when absent, never null.
 *
 * <p>{@code anonymityReason} is the text's own account of why an unnamed source is not named, taken out of the
 * source phrase ("a senior official | who spoke on condition of anonymity"), without the "who"; empty when the
 * text gives none.
 */
public record ClaimSuggestion(
        int start,
        int end,
        String quote,
        AttributionType type,
        String cue,
        int cueStart,
        int cueEnd,
        String sourceAsWritten,
        String anonymityReason,
        Stance stance,
        double score) {

    public ClaimSuggestion {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(sourceAsWritten, "sourceAsWritten");
        Objects.requireNonNull(anonymityReason, "anonymityReason");
        Objects.requireNonNull(stance, "stance");
        if (quote.length() != end - start) {
            throw new IllegalArgumentException("quote length does not match span");
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of [0,1]: " + score);
        }
    }
}
