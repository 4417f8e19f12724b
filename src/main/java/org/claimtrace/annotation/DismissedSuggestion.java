package org.claimtrace.annotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A suggestion an editor dismissed: remembered, so the detector does not propose it again. */
@Entity
@Table(name = "dismissed_suggestion")
final class DismissedSuggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "article_id", nullable = false)
    private long articleId;
    @Column(name = "start_offset", nullable = false)
    private int start;
    @Column(name = "end_offset", nullable = false)
    private int end;
    @Column(nullable = false, length = ClaimAnnotation.QUOTE_MAX)
    private String quote;
    @Column(name = "dismissed_at", nullable = false)
    private Instant dismissedAt;
    @Column(name = "dismissed_by", nullable = false, length = 100)
    private String dismissedBy;

    protected DismissedSuggestion() {
    }

    Long getId() {
        return id;
    }

    DismissedSuggestion(long articleId, int start, int end, String quote, Instant at, String by) {
        this.articleId = articleId;
        this.start = start;
        this.end = end;
        this.quote = quote;
        this.dismissedAt = at;
        this.dismissedBy = by;
    }

    String getQuote() { return quote; }
    int getStart() { return start; }
}
