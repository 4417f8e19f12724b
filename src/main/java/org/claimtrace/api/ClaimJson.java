package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.ReviewStatus;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** A cross-outlet claim with its appearances (annotations linked by a person). */
record ClaimJson(long id,
                 @Schema(description = "At most 75 characters (ClaimReview claimReviewed)") String shortText,
                 @Nullable String fullText, @Nullable String claimant,
                 @Schema(description = "Annotations linked to the claim, earliest published first") List<AnnotationJson> appearances,
                 @Schema(description = "Null while the claim has no dated appearance") @Nullable FirstAppearanceJson firstAppearance,
                 ReviewStatus reviewStatus,
                 @Schema(description = "A verdict code (FALSE, MOSTLY_ACCURATE…), or null before review") @Nullable String verdict,
                 long version) {

    static ClaimJson of(Claim claim, List<AnnotationJson> appearances, FirstAppearanceJson first) {
        return new ClaimJson(claim.getId(), claim.getShortText(), claim.getFullText(), claim.getClaimant(), appearances,
                first, claim.getReviewStatus(), claim.getVerdict(), claim.getVersion());
    }
}
