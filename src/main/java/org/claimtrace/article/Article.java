package org.claimtrace.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.claimtrace.base.AbstractEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** One outlet's text of a story. The text is normalised once at import and never edited in place. */
@Entity
@Table(name = "article")
@Audited
public final class Article extends AbstractEntity {

    public static final int HEADLINE_MAX = 500;
    public static final int BYLINE_MAX = 300;
    public static final int URL_MAX = 2000;
    public static final int LANGUAGE_MAX = 35;
    /** Characters of normalised text; a 5 MB UTF-8 file decodes to at most this many. */
    public static final int TEXT_MAX = 5_000_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outlet_id", nullable = false)
    private Outlet outlet;

    @Column(nullable = false, length = HEADLINE_MAX)
    private String headline;

    @Column(length = BYLINE_MAX)
    private String byline;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_zone", length = 60)
    private String publishedZone;

    @Column(length = URL_MAX)
    private String url;

    @Column(nullable = false, length = LANGUAGE_MAX)
    private String language;

    // A plain VARCHAR on H2 and PostgreSQL alike (not a CLOB): searchable with LIKE and read like any string.
    // Not copied into the history: a changed text is kept as an article_revision, and its hash is audited.
    @NotAudited
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "content_hash", nullable = false, unique = true, length = 64)
    private String contentHash;

    @Column(nullable = false)
    private int revision = 1;

    /** The earlier article this one is syndicated copy of, when its text is a near-duplicate. */
    @Column(name = "near_duplicate_of")
    private Long nearDuplicateOf;

    @Column(name = "near_duplicate_similarity")
    private Double nearDuplicateSimilarity;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected Article() {
    }

    Article(Outlet outlet, String headline, String text, String contentHash, Instant createdAt, String createdBy) {
        this.outlet = outlet;
        this.headline = headline;
        this.text = text;
        this.contentHash = contentHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public String getHeadline() {
        return headline;
    }

    public String getByline() {
        return byline;
    }

    void setByline(String byline) {
        this.byline = byline;
    }

    /** The publication time in the zone it was given in. */
    public Optional<ZonedDateTime> getPublished() {
        if (publishedAt == null) {
            return Optional.empty();
        }
        var zone = publishedZone == null ? ZoneId.of("UTC") : ZoneId.of(publishedZone);
        return Optional.of(publishedAt.atZone(zone));
    }

    void setPublished(ZonedDateTime published) {
        this.publishedAt = published == null ? null : published.toInstant();
        this.publishedZone = published == null ? null : published.getZone().getId();
    }

    public String getUrl() {
        return url;
    }

    void setUrl(String url) {
        this.url = url;
    }

    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    public String getText() {
        return text;
    }

    /** A corrected text replaces the current one; the caller keeps the old one as a revision. */
    void revise(String newText, String newHash) {
        this.text = newText;
        this.contentHash = newHash;
        this.revision++;
    }

    void markNearDuplicateOf(long articleId, double similarity) {
        this.nearDuplicateOf = articleId;
        this.nearDuplicateSimilarity = similarity;
    }

    public Optional<Long> getNearDuplicateOf() {
        return Optional.ofNullable(nearDuplicateOf);
    }

    public Optional<Double> getNearDuplicateSimilarity() {
        return Optional.ofNullable(nearDuplicateSimilarity);
    }

    public int getRevision() {
        return revision;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
