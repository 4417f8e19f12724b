package org.claimtrace.review;

import java.time.Instant;

/** A comment that @mentions the user: where it is (session, claim) and what it says. */
public record MentionView(long commentId, long sessionId, String sessionName, long claimId, String claimShortText,
                          String author, String body, Instant at) {
}
