package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtrace.claim.ClaimSummary;
import org.claimtrace.claim.ReviewStatus;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.Map;

/** A row of the claims list; the appearances themselves are at /api/claims/{id}. */
record ClaimSummaryJson(long id, String shortText, ReviewStatus reviewStatus, int appearanceCount, int outletCount,
                        @Schema(description = "Distinct origins: syndicated copies of one story count once") int originCount,
                        @Schema(description = "Publication time of the first appearance, or null") @Nullable OffsetDateTime firstPublished,
                        @Schema(description = "Appearances per attribution type code") Map<String, Long> attributionMix) {

    static ClaimSummaryJson of(ClaimSummary s) {
        return new ClaimSummaryJson(s.id(), s.shortText(), s.reviewStatus(), s.appearances(), s.outlets(), s.origins(),
                s.firstPublished() == null ? null : s.firstPublished().toOffsetDateTime(), s.attributionMix());
    }
}
