package org.claimtrace.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.claimtrace.base.AbstractEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A comment in a claim's thread within a session; the participants it @mentions see it in their Mentions. */
@Entity
@Table(name = "review_comment")
@Audited
public final class ReviewComment extends AbstractEntity {

    public static final int BODY_MAX = 4000;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Column(nullable = false, updatable = false, length = 100)
    private String author;
    @Column(nullable = false, length = BODY_MAX)
    private String body;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    /** Read from the body; the body's history is enough. */
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_mention", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> mentions = new TreeSet<>();

    protected ReviewComment() {
    }

    ReviewComment(long itemId, String author, String body, Set<String> mentions, Instant now) {
        this.itemId = itemId;
        this.author = author;
        this.body = body;
        this.mentions.addAll(mentions);
        this.createdAt = now;
    }

    public long getItemId() { return itemId; }
    public String getAuthor() { return author; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<String> getMentions() { return new TreeSet<>(mentions); }
}
