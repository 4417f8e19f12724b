package org.claimtrace.linking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Two annotations a person said are not the same claim; kept so the pair is never proposed again. */
@Entity
@Table(name = "rejected_match")
final class RejectedMatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "annotation_id", nullable = false)
    private long annotationId;
    @Column(name = "other_annotation_id", nullable = false)
    private long otherAnnotationId;
    @Column(name = "rejected_by", nullable = false, length = 100)
    private String rejectedBy;
    @Column(name = "rejected_at", nullable = false)
    private Instant rejectedAt;

    protected RejectedMatch() {
    }

    Long getId() {
        return id;
    }

    RejectedMatch(long annotationId, long otherAnnotationId, String by, Instant at) {
        this.annotationId = annotationId;
        this.otherAnnotationId = otherAnnotationId;
        this.rejectedBy = by;
        this.rejectedAt = at;
    }

    long annotationId() { return annotationId; }
    long otherAnnotationId() { return otherAnnotationId; }
}
