package org.claimtrace.claim;

import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.anchoring.TextAnchor;
import org.claimtrace.annotation.AnnotationRecord;
import org.claimtrace.attribution.Attribution;

import java.time.Instant;

/**
 * One annotation read from an exchange file, already checked against its article: where it sits now,
 * how it is attributed, which claim of the file it belongs to (the file's own claim id, or null), and
 * who made it when — an import moves records, it does not re-author them.
 */
public record ImportedAnnotation(long articleId, Instant articlePublishedAt, TextAnchor anchor, AnchorState anchorState, String previousQuote,
                                 Attribution attribution, String fileClaimId, String claimShortText,
                                 ReviewStatus reviewStatus, String verdict, String linkedBy, Instant linkedAt,
                                 String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    /** The annotation itself, without the claim it belongs to. */
    public AnnotationRecord record() {
        return new AnnotationRecord(articleId, articlePublishedAt, anchor, anchorState, previousQuote, attribution, createdBy, createdAt,
                updatedBy, updatedAt);
    }
}
