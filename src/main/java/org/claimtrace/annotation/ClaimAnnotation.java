package org.claimtrace.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.anchoring.TextAnchor;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.base.AbstractEntity;

import java.time.Instant;

/** A highlighted span in one article that asserts something checkable, with how the article sources it. */
@Entity
@Table(name = "claim_annotation")
@org.hibernate.envers.Audited
public final class ClaimAnnotation extends AbstractEntity {

    public static final int QUOTE_MAX = 5000;

    @Column(name = "article_id", nullable = false, updatable = false)
    private Long articleId;

    /**
     * The publication time of the article, copied when the annotation is made (an article's publication time is
     * set at import and never changes): a claim's first appearance is then found from the claim index alone
     * (the reports, docs/decisions/021-report-first-appearance.md). Not an editor's change, so not in the history.
     */
    @org.hibernate.envers.NotAudited
    @Column(name = "article_published_at", updatable = false)
    private Instant articlePublishedAt;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false, length = QUOTE_MAX)
    private String quote;

    @Column(nullable = false, length = 64)
    private String prefix;

    @Column(nullable = false, length = 64)
    private String suffix;

    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_state", nullable = false, length = 20)
    private AnchorState anchorState = AnchorState.ANCHORED;

    /** The wording before the text changed, while the editor has not confirmed the new one. */
    @Column(name = "previous_quote", length = QUOTE_MAX)
    private String previousQuote;

    @Embedded
    private Attribution attribution;

    /**
     * Whether the attribution states a reason for anonymity and names a relay, kept from its free texts whenever the
     * attribution is set, for the reports' index (docs/decisions/022-report-flags.md). Derived, so not in the history.
     */
    @org.hibernate.envers.NotAudited
    @Column(name = "reason_stated", nullable = false)
    private boolean reasonStated;
    @org.hibernate.envers.NotAudited
    @Column(name = "relay_named", nullable = false)
    private boolean relayNamed;

    /** The cross-outlet claim this is an appearance of, linked by a person. */
    @Column(name = "claim_id")
    private Long claimId;
    @Column(name = "linked_by", length = 100)
    private String linkedBy;
    @Column(name = "linked_at")
    private Instant linkedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "deleted_by", length = 100)
    private String deletedBy;

    protected ClaimAnnotation() {
    }

    ClaimAnnotation(long articleId, Instant articlePublishedAt, TextAnchor anchor, Attribution attribution, Instant now, String user) {
        this.articleId = articleId;
        this.articlePublishedAt = articlePublishedAt;
        anchorAt(anchor);
        setAttribution(attribution);
        this.createdAt = now;
        this.createdBy = user;
        touch(now, user);
    }

    /** A record moved in from an exchange file, keeping its anchor state and its authors. */
    static ClaimAnnotation imported(AnnotationRecord row) {
        var annotation = new ClaimAnnotation(row.articleId(), row.articlePublishedAt(), row.anchor(), row.attribution(), row.createdAt(), row.createdBy());
        annotation.anchorState = row.anchorState();
        annotation.previousQuote = row.anchorState() == AnchorState.TEXT_CHANGED ? row.previousQuote() : null;
        annotation.touch(row.updatedAt(), row.updatedBy());
        return annotation;
    }

    void anchorAt(TextAnchor anchor) {
        this.start = anchor.start();
        this.end = anchor.end();
        this.quote = anchor.quote();
        this.prefix = anchor.prefix();
        this.suffix = anchor.suffix();
        this.anchorState = AnchorState.ANCHORED;
        this.previousQuote = null;
    }

    void textChanged(TextAnchor anchor, String oldWording) {
        anchorAt(anchor);
        this.anchorState = AnchorState.TEXT_CHANGED;
        this.previousQuote = oldWording;
    }

    void orphan() {
        this.anchorState = AnchorState.ORPHANED;
    }

    void touch(Instant now, String user) {
        this.updatedAt = now;
        this.updatedBy = user;
    }

    void delete(Instant now, String user) {
        this.deletedAt = now;
        this.deletedBy = user;
    }

    void restore() {
        this.deletedAt = null;
        this.deletedBy = null;
    }

    void linkTo(Long claimId, Instant now, String user) {
        this.claimId = claimId;
        this.linkedBy = claimId == null ? null : user;
        this.linkedAt = claimId == null ? null : now;
    }

    void setAttribution(Attribution attribution) {
        this.attribution = attribution;
        this.reasonStated = attribution.statesAnonymityReason();
        this.relayNamed = attribution.namesRelay();
    }

    public TextAnchor anchor() {
        return new TextAnchor(start, end, quote, prefix, suffix);
    }

    public Long getArticleId() { return articleId; }
    public int getStart() { return start; }
    public int getEnd() { return end; }
    public String getQuote() { return quote; }
    public String getPrefix() { return prefix; }
    public String getSuffix() { return suffix; }
    public AnchorState getAnchorState() { return anchorState; }
    public String getPreviousQuote() { return previousQuote; }
    /** A copy: changes go through the service. */
    public Attribution getAttribution() { return attribution.copy(); }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public boolean isDeleted() { return deletedAt != null; }
    public Long getClaimId() { return claimId; }
    /** As stored for the reports: {@link Attribution#statesAnonymityReason()} of the attribution last set. */
    public boolean isReasonStated() { return reasonStated; }
    /** As stored for the reports: {@link Attribution#namesRelay()} of the attribution last set. */
    public boolean isRelayNamed() { return relayNamed; }
    public String getLinkedBy() { return linkedBy; }
    public Instant getLinkedAt() { return linkedAt; }
}
