package org.claimtrace.exchange;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads annotations for export straight from the tables, forward-only, a fetch-size batch at a time: a
 * million-row export holds one row at a time, never a list (docs/decisions/006-exchange-formats.md).
 * PostgreSQL only streams inside a transaction, which the caller provides; H2 is asked to run the query
 * lazily rather than materialise the result first.
 */
public class AnnotationRows {

    static final int FETCH_SIZE = 1000;

    private static final String SELECT = """
            SELECT a.id, a.article_id, ar.content_hash, o.name, o.kind, ar.headline, ar.url, ar.published_at, ar.published_zone,
                   a.start_offset, a.end_offset, a.quote, a.prefix, a.suffix, a.previous_quote, a.anchor_state,
                   a.type_code, a.cue, a.source_as_written, a.source_name, a.affiliation, a.source_role, a.on_record,
                   a.source_count, a.anonymity_reason, a.basis_of_knowledge, a.relayed_via, a.stance, a.note,
                   a.claim_id, c.short_text, a.linked_by, a.linked_at, c.review_status, c.verdict,
                   a.created_by, a.created_at, a.updated_by, a.updated_at
            FROM claim_annotation a
            JOIN article ar ON ar.id = a.article_id
            JOIN outlet o ON o.id = ar.outlet_id
            LEFT JOIN claim c ON c.id = a.claim_id
            WHERE a.deleted_at IS NULL""";

    /** Parsing a zone id for each of a million rows shows in the profile; there are only a few zones. */
    private static final java.util.concurrent.ConcurrentMap<String, ZoneId> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;
    private final boolean h2;

    public AnnotationRows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.h2 = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName().equals("H2")));
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
        // "a.id >= 0" is always true; it makes H2 drive the join from the annotations' primary key, so the rows
        // come out already in id order and stream (without it H2 scans articles first and sorts every row).
        var sql = SELECT + where.sql() + (byClaim ? " AND a.claim_id IS NOT NULL ORDER BY a.claim_id, a.id" : " AND a.id >= 0 ORDER BY a.id");
        jdbc.execute((java.sql.Connection connection) -> {
            lazy(connection, true);
            try (var statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < where.args().size(); i++) {
                    statement.setObject(i + 1, where.args().get(i));
                }
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        each.accept(row(rs));
                    }
                }
            } finally {
                lazy(connection, false);
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

    private void lazy(java.sql.Connection connection, boolean on) throws SQLException {
        if (h2) {
            try (var statement = connection.createStatement()) {
                statement.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
            }
        }
    }

    record Where(String sql, List<Object> args) {
    }

    static Where where(ExportFilter filter) {
        var sql = new StringBuilder();
        var args = new ArrayList<Object>();
        if (!filter.outletIds().isEmpty()) {
            sql.append(" AND ar.outlet_id IN (").append(placeholders(filter.outletIds().size())).append(')');
            args.addAll(filter.outletIds());
        }
        if (filter.articleId() != null) {
            sql.append(" AND a.article_id = ?");
            args.add(filter.articleId());
        }
        if (filter.publishedFrom() != null) {
            sql.append(" AND ar.published_at >= ?");
            args.add(filter.publishedFrom().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.publishedTo() != null) {
            sql.append(" AND ar.published_at < ?");
            args.add(filter.publishedTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (!filter.typeCodes().isEmpty()) {
            sql.append(" AND a.type_code IN (").append(placeholders(filter.typeCodes().size())).append(')');
            args.addAll(filter.typeCodes());
        }
        if (filter.claimId() != null) {
            sql.append(" AND a.claim_id = ?");
            args.add(filter.claimId());
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
        return new Where(sql.toString(), args);
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static AnnotationRow row(ResultSet rs) throws SQLException {
        var publishedAt = rs.getObject(8, OffsetDateTime.class);
        var zone = rs.getString(9);
        var published = publishedAt == null ? null
                : publishedAt.atZoneSameInstant(zone == null ? ZoneOffset.UTC : ZONES.computeIfAbsent(zone, ZoneId::of)).toOffsetDateTime();
        long claim = rs.getLong(30);
        Long claimId = rs.wasNull() ? null : claim;
        return new AnnotationRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), published,
                rs.getInt(10), rs.getInt(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16),
                rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22),
                rs.getString(23), rs.getString(24), rs.getString(25), rs.getString(26), rs.getString(27), rs.getString(28),
                rs.getString(29),
                claimId, rs.getString(31), rs.getString(32), instant(rs, 33), rs.getString(34), rs.getString(35),
                rs.getString(36), instant(rs, 37), rs.getString(38), instant(rs, 39));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
