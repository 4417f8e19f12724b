package org.claimtrace.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.claimtrace.base.AbstractEntity;
import org.claimtrace.claim.Verdict;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * One claim in one session: its status, who is assigned, and the verdict the session reached with its rationale
 * (the one verdict of a single review, the agreed or settled one of a double review).
 */
@Entity
@Table(name = "review_item")
@Audited
public final class ReviewItem extends AbstractEntity {

    public static final int RATIONALE_MAX = 4000;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;
    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;
    @Column(nullable = false)
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status = ItemStatus.UNSTARTED;
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Verdict verdict;
    @Column(length = RATIONALE_MAX)
    private String rationale;
    @Column(name = "decided_by", length = 100)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    /** The third reviewer who settled a disagreement. */
    @Column(name = "settled_by", length = 100)
    private String settledBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_item_assignee", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "username", nullable = false, length = 100)
    private Set<String> assignees = new TreeSet<>();
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected ReviewItem() {
    }

    ReviewItem(long sessionId, long claimId, int position, Instant now, String user) {
        this.sessionId = sessionId;
        this.claimId = claimId;
        this.position = position;
        touch(now, user);
    }

    void touch(Instant now, String user) {
        this.updatedAt = now;
        this.updatedBy = user;
    }

    void setStatus(ItemStatus status) {
        this.status = status;
    }

    void decide(Verdict verdict, String rationale, String decidedBy, Instant at, String settledBy) {
        this.verdict = verdict;
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedAt = at;
        this.settledBy = settledBy;
    }

    void clearDecision() {
        decide(null, null, null, null, null);
    }

    void assign(Set<String> users) {
        assignees.clear();
        assignees.addAll(users);
    }

    public boolean isAssigned(String user) {
        return assignees.stream().anyMatch(a -> a.equalsIgnoreCase(user));
    }

    public long getSessionId() { return sessionId; }
    public long getClaimId() { return claimId; }
    public int getPosition() { return position; }
    public ItemStatus getStatus() { return status; }
    public Verdict getVerdict() { return verdict; }
    public String getRationale() { return rationale; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getSettledBy() { return settledBy; }
    public Set<String> getAssignees() { return new TreeSet<>(assignees); }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
