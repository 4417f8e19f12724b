package org.claimtrace.report;

import org.claimtrace.claim.ReviewStatus;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where the claim stands in fact-checking, as the claim records it today. {@code history} is the place for
 * review sessions' outcomes and status changes: empty until the review feature provides them.
 */
public record ReviewState(ReviewStatus status, String verdict, String verdictLabel, Integer ratingValue, String summary,
                          List<Event> history) {

    public record Event(OffsetDateTime at, String by, String what) {
    }
}
