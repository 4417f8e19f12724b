package org.claimtrace.review;

import java.time.Instant;
import java.util.Set;

public record CommentView(long id, String author, String body, Instant at, Set<String> mentions) {

    static CommentView of(ReviewComment c) {
        return new CommentView(c.getId(), c.getAuthor(), c.getBody(), c.getCreatedAt(), c.getMentions());
    }
}
