package org.claimtrace.review;

import org.claimtrace.claim.Verdict;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One claim in a session as the current user may see it. In a double review, {@code mine} is the user's own blind
 * verdict and {@code others} stays empty until both verdicts are in ({@code blind}); {@code judgments} counts them.
 */
public record ItemView(long itemId, long sessionId, long claimId, String claimShortText, int position, ItemStatus status,
                       Set<String> assignees, Verdict verdict, String rationale, List<EvidenceLink> evidence,
                       String decidedBy, Instant decidedAt, String settledBy, long version, JudgmentView mine,
                       List<JudgmentView> others, int judgments, boolean blind, String updatedBy, Instant updatedAt) {
}
