package org.claimtrace.review;

import java.time.Instant;
import java.util.Set;

/** A session with its progress: how many of its claims are reviewed, disputed, in progress. */
public record SessionSummary(long id, String name, String description, boolean doubleReview, Set<String> participants,
                             int total, int reviewed, int disputed, int inProgress, String createdBy, Instant createdAt,
                             String closedBy, Instant closedAt, long version) {

    public boolean closed() {
        return closedAt != null;
    }
}
