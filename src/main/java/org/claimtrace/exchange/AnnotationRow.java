package org.claimtrace.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One annotation as the exchange formats see it: flat, with its article, attribution, claim and
 * provenance. Enum-valued fields are kept as their stored codes. Read straight from the database by
 * {@link AnnotationRows}, so a million of them never become entities.
 */
public record AnnotationRow(long annotationId, long articleId, String articleContentHash, String outlet, String outletKind,
                            String headline, String articleUrl, OffsetDateTime published,
                            int start, int end, String quote, String prefix, String suffix, String previousQuote,
                            String anchorState,
                            String attributionType, String cue, String sourceAsWritten, String sourceName,
                            String affiliation, String role, String onRecord, String sourceCount,
                            String anonymityReason, String basisOfKnowledge, String relayedVia, String stance, String note,
                            Long claimId, String claimShortText, String linkedBy, Instant linkedAt,
                            String reviewStatus, String verdict,
                            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
}
