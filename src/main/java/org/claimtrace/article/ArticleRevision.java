package org.claimtrace.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** An earlier text of an article, kept readable after a corrected text replaced it. Never changes. */
@Entity
@Table(name = "article_revision")
public final class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "article_id", nullable = false)
    private long articleId;
    @Column(nullable = false)
    private int revision;
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = Article.TEXT_MAX)
    private String text;
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected ArticleRevision() {
    }

    ArticleRevision(long articleId, int revision, String text, String contentHash, Instant createdAt, String createdBy) {
        this.articleId = articleId;
        this.revision = revision;
        this.text = text;
        this.contentHash = contentHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public int getRevision() { return revision; }
    public String getText() { return text; }
    /** When this text was replaced, and by whom. */
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
