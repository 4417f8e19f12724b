package org.claimtrace.review;

import org.claimtrace.claim.Verdict;

import java.time.Instant;
import java.util.List;

/**
 * What one session made of one claim: read-only, for the claim page and the sourcing report. Blind verdicts are
 * listed only once both are in.
 */
public record ReviewOutcome(long sessionId, String sessionName, boolean sessionClosed, boolean doubleReview,
                            ItemStatus status, Verdict verdict, String rationale, String decidedBy, Instant decidedAt,
                            String settledBy, List<EvidenceLink> evidence, List<JudgmentView> judgments) {
}
