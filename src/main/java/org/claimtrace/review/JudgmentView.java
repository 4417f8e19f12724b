package org.claimtrace.review;

import org.claimtrace.claim.Verdict;

import java.time.Instant;
import java.util.List;

/** One reviewer's blind verdict, as its reviewer sees it (and everyone, once both are in). */
public record JudgmentView(String reviewer, Verdict verdict, String rationale, List<EvidenceLink> evidence, long version,
                           Instant at) {
}
