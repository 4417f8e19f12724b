package org.claimtrace.report;

import org.claimtrace.claim.ReviewStatus;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where the claim stands in fact-checking: the claim's recorded status and verdict, and in {@code history} what each
 * review session made of it (status, verdict with rationale and evidence, who decided and when).
 */
public record ReviewState(ReviewStatus status, @Nullable String verdict, @Nullable String verdictLabel, @Nullable Integer ratingValue, String summary,
                          List<Event> history) {

    public record Event(@Nullable OffsetDateTime at, String by, String what) {
    }
}
