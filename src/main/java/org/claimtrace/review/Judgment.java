package org.claimtrace.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.claimtrace.base.AbstractEntity;
import org.claimtrace.claim.Verdict;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** One reviewer's own verdict in a double review, hidden from the other reviewer until both are in. */
@Entity
@Table(name = "review_judgment")
@Audited
public final class Judgment extends AbstractEntity {

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Column(nullable = false, updatable = false, length = 100)
    private String reviewer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Verdict verdict;
    @Column(nullable = false, length = ReviewItem.RATIONALE_MAX)
    private String rationale;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Judgment() {
    }

    Judgment(long itemId, String reviewer, Instant now) {
        this.itemId = itemId;
        this.reviewer = reviewer;
        this.createdAt = now;
    }

    void judge(Verdict verdict, String rationale, Instant now) {
        this.verdict = verdict;
        this.rationale = rationale;
        this.updatedAt = now;
    }

    public long getItemId() { return itemId; }
    public String getReviewer() { return reviewer; }
    public Verdict getVerdict() { return verdict; }
    public String getRationale() { return rationale; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
