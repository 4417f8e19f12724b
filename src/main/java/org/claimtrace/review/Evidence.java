package org.claimtrace.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.claimtrace.base.AbstractEntity;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** A link that supports a verdict, with a note on what it shows: of the item's verdict, or of one blind verdict. */
@Entity
@Table(name = "review_evidence")
@Audited
public final class Evidence extends AbstractEntity {

    public static final int URL_MAX = 2000;
    public static final int NOTE_MAX = 1000;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;
    @Column(name = "judgment_id", updatable = false)
    private Long judgmentId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false, length = URL_MAX)
    private String url;
    @Column(length = NOTE_MAX)
    private String note;
    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Evidence() {
    }

    Evidence(long itemId, Long judgmentId, int position, EvidenceLink link, String user, Instant now) {
        this.itemId = itemId;
        this.judgmentId = judgmentId;
        this.position = position;
        this.url = link.url();
        this.note = link.note();
        this.addedBy = user;
        this.addedAt = now;
    }

    public EvidenceLink link() {
        return new EvidenceLink(url, note);
    }

    public long getItemId() { return itemId; }
    public Long getJudgmentId() { return judgmentId; }
    public int getPosition() { return position; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
