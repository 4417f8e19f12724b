package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** Another article's annotation that may carry the same claim, ranked by the matcher. */
record MatchJson(
        @Schema(description = "The claim the candidate is already an appearance of, or null") @Nullable Long claimId,
        @Nullable Long annotationId, long articleId, OutletJson outlet, String quote,
        @Schema(description = "Higher is more alike; comparable within one answer only") double score,
        @Schema(description = "Words the two quotes share, as the matcher saw them") List<String> matchedTerms) {
}
