package org.claimtrace.annotation;

import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.anchoring.TextAnchor;
import org.claimtrace.attribution.Attribution;

import java.time.Instant;

/**
 * An annotation as an exchange file carries it, already checked against its article: where it sits, how it
 * is attributed, and who made it when — an import moves records, it does not re-author them.
 */
public record AnnotationRecord(long articleId, Instant articlePublishedAt, TextAnchor anchor, AnchorState anchorState, String previousQuote,
                               Attribution attribution, String createdBy, Instant createdAt, String updatedBy,
                               Instant updatedAt) {
}
