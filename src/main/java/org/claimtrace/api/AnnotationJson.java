package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.annotation.ClaimAnnotation;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A claim annotation: the span, its W3C-style anchor, its attribution and its link to a claim. */
record AnnotationJson(
        long id, long articleId,
        @Schema(description = "Start offset in UTF-16 code units (Java/JavaScript string index) into the article's text")
        int start,
        @Schema(description = "End offset (exclusive) in UTF-16 code units into the article's text")
        int end,
        @Schema(description = "Exactly text.substring(start, end)") String quote,
        @Schema(description = "Up to 32 characters before the quote") String prefix,
        @Schema(description = "Up to 32 characters after the quote") String suffix,
        AttributionJson attribution,
        @Schema(description = "The claim this annotation is an appearance of, or null") @Nullable Long claimId,
        @Schema(description = "CONFIRMED when a person linked it to a claim, else UNLINKED",
                allowableValues = {"CONFIRMED", "UNLINKED"}) String linkStatus,
        @Schema(description = "Who confirmed the link, or null") @Nullable String confirmedBy,
        @Schema(description = "When the link was confirmed, or null") @Nullable Instant confirmedAt,
        @Schema(description = "ANCHORED, TEXT_CHANGED (a revision changed the wording) or ORPHANED (the text is gone)")
        AnchorState anchorState,
        @Schema(description = "Send it back to change or delete the annotation (optimistic locking)") long version) {

    static AnnotationJson of(ClaimAnnotation a) {
        return new AnnotationJson(a.getId(), a.getArticleId(), a.getStart(), a.getEnd(), a.getQuote(), a.getPrefix(),
                a.getSuffix(), AttributionJson.of(a.getAttribution()), a.getClaimId(),
                a.getClaimId() == null ? "UNLINKED" : "CONFIRMED", a.getLinkedBy(), a.getLinkedAt(), a.getAnchorState(),
                a.getVersion());
    }
}
