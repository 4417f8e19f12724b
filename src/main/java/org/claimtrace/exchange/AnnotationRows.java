package org.claimtrace.exchange;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads annotations for export straight from the tables, in key order, a page of {@value #PAGE} rows per
 * query: a million-row export holds one page at a time, never a list of everything
 * (docs/decisions/006-exchange-formats.md). Pages rather than one long cursor because H2 cannot keep a lazy
 * cursor open while its store compacts ("Chunk … not found", h2database#4142: an export right after a large
 * import failed that way), and PostgreSQL would only stream one inside a transaction.
 */
public class AnnotationRows {

    static final int PAGE = 500;

    // The article and outlet of each row come from a small cache (ArticleCache) rather than a join: rows in id
    // order come article by article, so the join's two index look-ups a row are mostly repeated work.
    private static final String SELECT = """
            SELECT a.id, a.article_id,
                   a.start_offset, a.end_offset, a.quote, a.prefix, a.suffix, a.previous_quote, a.anchor_state,
                   a.type_code, a.cue, a.source_as_written, a.source_name, a.affiliation, a.source_role, a.on_record,
                   a.source_count, a.anonymity_reason, a.basis_of_knowledge, a.relayed_via, a.stance, a.note,
                   a.claim_id, c.short_text, a.linked_by, a.linked_at, c.review_status, c.verdict,
                   a.created_by, a.created_at, a.updated_by, a.updated_at
            FROM claim_annotation a
            LEFT JOIN claim c ON c.id = a.claim_id""";

    private static final String ARTICLE = """
            SELECT ar.content_hash, o.name, o.kind, ar.headline, ar.url, ar.published_at, ar.published_zone
            FROM article ar JOIN outlet o ON o.id = ar.outlet_id
            WHERE ar.id = ?""";

    private final JdbcTemplate jdbc;

    public AnnotationRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public long count(ExportFilter filter) {
        var where = where(filter);
        var sql = "SELECT COUNT(*) FROM claim_annotation a JOIN article ar ON ar.id = a.article_id LEFT JOIN claim c ON c.id = a.claim_id"
                + " WHERE a.deleted_at IS NULL" + where.sql();
        Long count = jdbc.queryForObject(sql, Long.class, where.args().toArray());
        return count == null ? 0 : count;
    }

    /** Calls {@code each} for every matching annotation, by id (or by claim, for claim-link rows). */
    public void forEach(ExportFilter filter, boolean byClaim, Consumer<AnnotationRow> each) {
        var where = where(filter);
        var base = SELECT + (where.needsArticle() ? " JOIN article ar ON ar.id = a.article_id" : "")
                + " WHERE a.deleted_at IS NULL" + where.sql();
        jdbc.execute((Connection connection) -> {
            try (var pages = new Pages(connection, where.args(), each)) {
                if (byClaim) {
                    pages.byClaim(base);
                } else {
                    pages.byId(base);
                }
            }
            return null;
        });
    }

    /**
     * The rows as a source for a writer, which runs on a second thread ({@link Handoff}) while this one
     * reads: what the exporters use.
     */
    Consumer<Consumer<AnnotationRow>> source(ExportFilter filter, boolean byClaim) {
        return each -> Handoff.run(rows -> forEach(filter, byClaim, rows), each);
    }

    /** One export's pages, each query starting after the last row of the one before (keyset paging). */
    private static final class Pages implements AutoCloseable {
        private final Connection connection;
        private final List<Object> filterArgs;
        private final Consumer<AnnotationRow> each;
        private final ArticleCache articles;
        private final List<PreparedStatement> statements = new ArrayList<>();
        private AnnotationRow last;

        Pages(Connection connection, List<Object> filterArgs, Consumer<AnnotationRow> each) throws SQLException {
            this.connection = connection;
            this.filterArgs = filterArgs;
            this.each = each;
            this.articles = new ArticleCache(prepare(ARTICLE));
        }

        void byId(String base) throws SQLException {
            // "a.id > ?" also makes H2 drive the query from the annotations' primary key and stop after a page
            var page = prepare(base + " AND a.id > ? ORDER BY a.id FETCH FIRST " + PAGE + " ROWS ONLY");
            while (read(page, last == null ? -1L : last.annotationId()) == PAGE) {
                // next page
            }
        }

        /** By claim, then id: the rest of the current claim, then the claims after it (two index ranges). */
        void byClaim(String base) throws SQLException {
            var sameClaim = prepare(base + " AND a.claim_id = ? AND a.id > ? ORDER BY a.id FETCH FIRST " + PAGE + " ROWS ONLY");
            var first = prepare(base + " AND a.claim_id IS NOT NULL ORDER BY a.claim_id, a.id FETCH FIRST " + PAGE + " ROWS ONLY");
            var laterClaims = prepare(base + " AND a.claim_id > ? ORDER BY a.claim_id, a.id FETCH FIRST " + PAGE + " ROWS ONLY");
            if (read(first) < PAGE) {
                return;
            }
            while (true) {
                while (read(sameClaim, last.claimId(), last.annotationId()) == PAGE) {
                    // a claim with more than a page of appearances
                }
                if (read(laterClaims, last.claimId()) < PAGE) {
                    return;
                }
            }
        }

        private int read(PreparedStatement page, Object... after) throws SQLException {
            int i = 1;
            for (var arg : filterArgs) {
                page.setObject(i++, arg);
            }
            for (var arg : after) {
                page.setObject(i++, arg);
            }
            int rows = 0;
            try (var rs = page.executeQuery()) {
                while (rs.next()) {
                    last = row(rs, articles.get(rs.getLong(2)));
                    each.accept(last);
                    rows++;
                }
            }
            return rows;
        }

        private PreparedStatement prepare(String sql) throws SQLException {
            var statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(PAGE);
            statements.add(statement);
            return statement;
        }

        @Override
        public void close() throws SQLException {
            for (var statement : statements) {
                statement.close();
            }
        }
    }

    /** What a row shows of its article. */
    private record ArticleColumns(String contentHash, String outlet, String outletKind, String headline, String url,
                                  OffsetDateTime published) {
    }

    /**
     * The articles of the rows read so far, the most recent few thousand: rows come article by article, so
     * almost every row finds its article here, and memory stays bounded however many articles there are.
     */
    private static final class ArticleCache {
        private static final int ARTICLES = 4096;
        private final PreparedStatement lookup;
        private final Map<Long, ArticleColumns> recent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, ArticleColumns> eldest) {
                return size() > ARTICLES;
            }
        };

        ArticleCache(PreparedStatement lookup) {
            this.lookup = lookup;
        }

        ArticleColumns get(long articleId) throws SQLException {
            var cached = recent.get(articleId);
            if (cached != null) {
                return cached;
            }
            lookup.setLong(1, articleId);
            try (var rs = lookup.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Article " + articleId + " of an annotation is missing");
                }
                var publishedAt = rs.getObject(6, OffsetDateTime.class);
                var zone = rs.getString(7);
                var published = publishedAt == null ? null
                        : publishedAt.atZoneSameInstant(zone == null ? ZoneOffset.UTC : ZoneId.of(zone)).toOffsetDateTime();
                var article = new ArticleColumns(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), published);
                recent.put(articleId, article);
                return article;
            }
        }
    }

    /** @param needsArticle whether the conditions name the article's columns (alias {@code ar}) */
    record Where(String sql, List<Object> args, boolean needsArticle) {
    }

    static Where where(ExportFilter filter) {
        var sql = new StringBuilder();
        var args = new ArrayList<Object>();
        boolean article = false;
        if (!filter.outletIds().isEmpty()) {
            sql.append(" AND ar.outlet_id IN (").append(placeholders(filter.outletIds().size())).append(')');
            args.addAll(filter.outletIds());
            article = true;
        }
        if (filter.articleId() != null) {
            sql.append(" AND a.article_id = ?");
            args.add(filter.articleId());
        }
        if (filter.publishedFrom() != null) {
            sql.append(" AND ar.published_at >= ?");
            args.add(filter.publishedFrom().atStartOfDay().atOffset(ZoneOffset.UTC));
            article = true;
        }
        if (filter.publishedTo() != null) {
            sql.append(" AND ar.published_at < ?");
            args.add(filter.publishedTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            article = true;
        }
        if (!filter.typeCodes().isEmpty()) {
            sql.append(" AND a.type_code IN (").append(placeholders(filter.typeCodes().size())).append(')');
            args.addAll(filter.typeCodes());
        }
        if (filter.claimId() != null) {
            sql.append(" AND a.claim_id = ?");
            args.add(filter.claimId());
        }
        if (filter.claimIds() != null) {
            if (filter.claimIds().isEmpty()) {
                sql.append(" AND 1 = 0");
            } else {
                sql.append(" AND a.claim_id IN (").append(placeholders(filter.claimIds().size())).append(')');
                args.addAll(filter.claimIds().stream().sorted().toList());
            }
        }
        if (filter.linkStatus() != null) {
            sql.append(switch (filter.linkStatus()) {
                case CONFIRMED -> " AND a.claim_id IS NOT NULL";
                case UNLINKED -> " AND a.claim_id IS NULL";
            });
        }
        if (filter.reviewStatus() != null) {
            sql.append(" AND c.review_status = ?");
            args.add(filter.reviewStatus().name());
        }
        return new Where(sql.toString(), args, article);
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static AnnotationRow row(ResultSet rs, ArticleColumns article) throws SQLException {
        long claim = rs.getLong(23);
        Long claimId = rs.wasNull() ? null : claim;
        return new AnnotationRow(rs.getLong(1), rs.getLong(2), article.contentHash(), article.outlet(), article.outletKind(),
                article.headline(), article.url(), article.published(),
                rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21),
                rs.getString(22),
                claimId, rs.getString(24), rs.getString(25), instant(rs, 26), rs.getString(27), rs.getString(28),
                rs.getString(29), instant(rs, 30), rs.getString(31), instant(rs, 32));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
