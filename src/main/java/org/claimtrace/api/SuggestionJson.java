package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtrace.attribution.AttributionType;
import org.claimtrace.attribution.ClaimSuggestion;
import org.claimtrace.attribution.Stance;

/** A claim the cue detector proposes; nothing is stored until someone creates the annotation. */
record SuggestionJson(
        @Schema(description = "UTF-16 code units into the article's text") int start,
        @Schema(description = "UTF-16 code units, exclusive") int end,
        String quote, AttributionType type,
        @Schema(description = "The cue phrase, empty when there is none") String cue,
        @Schema(description = "The source as the text names it, empty when none") String sourceAsWritten,
        @Schema(description = "Why an unnamed source is not named, in the text's words; empty when it gives none") String anonymityReason,
        Stance stance,
        @Schema(description = "The detector's confidence, 0 to 1") double score) {

    static SuggestionJson of(ClaimSuggestion s) {
        return new SuggestionJson(s.start(), s.end(), s.quote(), s.type(), s.cue(), s.sourceAsWritten(), s.anonymityReason(), s.stance(),
                s.score());
    }
}
