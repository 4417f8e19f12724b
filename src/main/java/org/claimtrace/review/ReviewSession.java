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

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A named fact-checking pass over a set of claims, with its participants; closed, it is frozen. */
@Entity
@Table(name = "review_session")
@Audited
public final class ReviewSession extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;
    @Column(length = DESCRIPTION_MAX)
    private String description;
    /** Two reviewers give blind verdicts per claim; a disagreement waits for a third. */
    @Column(name = "double_review", nullable = false)
    private boolean doubleReview;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_participant", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> participants = new TreeSet<>();
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by", length = 100)
    private String closedBy;

    protected ReviewSession() {
    }

    ReviewSession(String name, String description, boolean doubleReview, Set<String> participants, Instant now, String user) {
        this.name = name;
        this.description = description;
        this.doubleReview = doubleReview;
        this.participants.addAll(participants);
        this.createdAt = now;
        this.createdBy = user;
    }

    void close(Instant now, String user) {
        this.closedAt = now;
        this.closedBy = user;
    }

    /** A participant, ignoring case as logins do. */
    public boolean hasParticipant(String user) {
        return participants.stream().anyMatch(p -> p.equalsIgnoreCase(user));
    }

    public String getName() { return name; }
    public String getDescription() { return description; }
    public boolean isDoubleReview() { return doubleReview; }
    public Set<String> getParticipants() { return new TreeSet<>(participants); }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public boolean isClosed() { return closedAt != null; }
}
