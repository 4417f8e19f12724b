package org.claimtrace.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.claimtrace.base.AbstractEntity;

import java.time.Instant;

/**
 * The cross-outlet claim: one assertion, carried by several articles. Its appearances are the claim
 * annotations linked to it; a link exists only when a person confirmed it.
 */
@Entity
@Table(name = "claim")
@org.hibernate.envers.Audited
public final class Claim extends AbstractEntity {

    /** ClaimReview's claimReviewed is meant to be short. */
    public static final int SHORT_MAX = 75;
    public static final int FULL_MAX = 2000;
    public static final int CLAIMANT_MAX = 200;
    public static final int REASON_MAX = 500;
    public static final int RATIONALE_MAX = 4000;

    @Column(name = "short_text", nullable = false, length = SHORT_MAX)
    private String shortText;
    @Column(name = "full_text", length = FULL_MAX)
    private String fullText;
    @Column(length = CLAIMANT_MAX)
    private String claimant;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false, length = 20)
    private ReviewStatus reviewStatus = ReviewStatus.UNSTARTED;
    @Column(length = 30)
    private String verdict;
    /** Who gave the verdict (a reviewer, or two who agreed), when, and why: ClaimReview's author, datePublished, reviewBody. */
    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_rationale", length = RATIONALE_MAX)
    private String reviewRationale;
    /** An editor's choice of first appearance, when the publication times mislead. */
    @Column(name = "first_appearance_id")
    private Long firstAppearanceId;
    @Column(name = "first_appearance_reason", length = REASON_MAX)
    private String firstAppearanceReason;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected Claim() {
    }

    Claim(String shortText, Instant now, String user) {
        this.shortText = shortText;
        this.createdAt = now;
        this.createdBy = user;
        touch(now, user);
    }

    /** A claim recreated from an exchange file, with the review state it had there. */
    static Claim imported(String shortText, ReviewStatus reviewStatus, String verdict, Instant at, String user) {
        var claim = new Claim(shortText, at, user);
        claim.reviewStatus = reviewStatus == null ? ReviewStatus.UNSTARTED : reviewStatus;
        claim.verdict = verdict;
        return claim;
    }

    void touch(Instant now, String user) {
        this.updatedAt = now;
        this.updatedBy = user;
    }

    void describe(String shortText, String fullText, String claimant) {
        this.shortText = shortText;
        this.fullText = fullText;
        this.claimant = claimant;
    }

    void chooseFirstAppearance(Long annotationId, String reason) {
        this.firstAppearanceId = annotationId;
        this.firstAppearanceReason = reason;
    }

    /** A review's outcome: reviewed, with the verdict, who gave it, when and why. */
    void recordReview(Verdict verdict, String rationale, String reviewer, Instant at) {
        this.reviewStatus = ReviewStatus.REVIEWED;
        this.verdict = verdict.name();
        this.reviewRationale = rationale;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }

    void startReview() {
        if (reviewStatus == ReviewStatus.UNSTARTED) {
            reviewStatus = ReviewStatus.IN_PROGRESS;
        }
    }

    public String getShortText() { return shortText; }
    public String getFullText() { return fullText; }
    public String getClaimant() { return claimant; }
    public ReviewStatus getReviewStatus() { return reviewStatus; }
    public String getVerdict() { return verdict; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewRationale() { return reviewRationale; }
    public Long getFirstAppearanceId() { return firstAppearanceId; }
    public String getFirstAppearanceReason() { return firstAppearanceReason; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
