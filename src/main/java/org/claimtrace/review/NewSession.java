package org.claimtrace.review;

import java.util.List;
import java.util.Set;

/** What a new review session is: its name, what it is for, the claims it covers, who takes part, double review. */
public record NewSession(String name, String description, boolean doubleReview, Set<String> participants,
                         List<Long> claimIds) {
}
