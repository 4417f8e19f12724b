package org.claimtrace.report;

import org.claimtrace.article.OutletKind;
import org.claimtrace.attribution.AttributionType;
import org.claimtrace.attribution.OnRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The reports' counting, done by the database: group-by queries over the article, outlet, claim_annotation and
 * claim tables that return a few rows of figures, never the entities (docs/decisions/015-report-queries.md).
 * Read-only and plain SQL that H2 and PostgreSQL run alike; the indexes they rely on are in docs/performance.md.
 */
@Component
class ReportQueries {

    private static final String STATUS = SourcingStatus.sql("c");
    private static final String UNNAMED = STATUS + " IN ('ANONYMOUS', 'BACKGROUND')";
    private static final String FIGURES = "COUNT(*) AS n, "
            + "SUM(CASE WHEN " + STATUS + " = 'ON_RECORD' THEN 1 ELSE 0 END) AS on_record, "
            + "SUM(CASE WHEN " + UNNAMED + " THEN 1 ELSE 0 END) AS anonymous, "
            + "SUM(CASE WHEN " + UNNAMED + " AND c.reason_stated THEN 1 ELSE 0 END) AS anonymous_reason, "
            + "SUM(CASE WHEN " + UNNAMED + " AND c.type_code = 'ANONYMOUS_DESCRIBED' THEN 1 ELSE 0 END) AS anonymous_described, "
            + "SUM(CASE WHEN c.stance = 'HEDGED' THEN 1 ELSE 0 END) AS hedged";
    /** A source name as counted for transparency: the name, else the source as written; blank is none. */
    private static final String SOURCE = "LOWER(TRIM(COALESCE(NULLIF(TRIM(c.source_name), ''), NULLIF(TRIM(c.source_as_written), ''))))";
    private static final String PRONOUNS = "'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us'";
    /**
     * 1 when annotation c (article a) is the first appearance of its claim, by the claim feature's rule
     * (ClaimService.firstAppearance): the editor's choice while it is still a live appearance, else the earliest
     * publication time, ties to the lower annotation id; undated appearances are never first by time. The other
     * appearances' times are their copies of their articles' ({@code article_published_at}), so the check is one
     * look into the claim index ({@code ix_claim_annotation_claim_live}) instead of a visit to every appearance's
     * article (docs/decisions/021-report-first-appearance.md).
     */
    static final String FIRST = first("c", "a.published_at");

    /**
     * {@link #FIRST} for appearance {@code c} (its id and claim_id) published at {@code published}: written for the
     * article report's join and for the outlet pass's derived table, whose columns are the index's.
     */
    private static String first(String c, String published) {
        // the editor's choice is read from ix_claim_first_appearance, not the claim's row: "c is its claim's chosen first"
        // and, only for an appearance first by time, "its claim has another live chosen first"; "IS NOT NULL" lets
        // PostgreSQL read the few chosen ones from the index when it hashes these checks
        return "CASE WHEN EXISTS (SELECT 1 FROM claim ch WHERE ch.first_appearance_id IS NOT NULL AND ch.first_appearance_id = " + c + ".id "
                + "AND ch.id = " + c + ".claim_id) THEN 1 "
                + "WHEN " + published + " IS NULL THEN 0 "
                + "WHEN EXISTS (SELECT 1 FROM claim_annotation e WHERE e.claim_id = " + c + ".claim_id AND e.deleted_at IS NULL "
                + "AND e.article_published_at <= " + published + " AND (e.article_published_at < " + published + " OR e.id < " + c + ".id)) THEN 0 "
                + "WHEN EXISTS (SELECT 1 FROM claim_annotation f JOIN claim cf ON cf.first_appearance_id = f.id WHERE cf.first_appearance_id IS NOT NULL "
                + "AND f.claim_id = " + c + ".claim_id AND f.deleted_at IS NULL AND cf.id = " + c + ".claim_id) THEN 0 "
                + "ELSE 1 END";
    }

    /** A relay: another outlet named, "reportedly" (Other outlet), or a syndicated copy of another outlet's article. */
    static final String RELAYS = "(orig.outlet_id IS NOT NULL AND orig.outlet_id <> x.outlet_id) OR x.type_code = 'OTHER_OUTLET' "
            + "OR x.relay_named";
    private static final String SYNDICATED = "orig.outlet_id IS NOT NULL AND orig.outlet_id <> x.outlet_id";
    private static final String UTC_DAY = "CAST(x.published_at AT TIME ZONE 'UTC' AS DATE)";
    private static final String IN_PERIOD = "a.outlet_id IN (:outlets) AND a.published_at >= :from AND a.published_at < :to";

    /** Counts of one attribution type (in an article, or an outlet's day). */
    record Figures(String typeCode, long count, long onRecord, long anonymous, long anonymousWithReason, long anonymousDescribed,
                   long hedged) {
        static Figures read(ResultSet rs) throws SQLException {
            return new Figures(rs.getString("type_code"), rs.getLong("n"), rs.getLong("on_record"), rs.getLong("anonymous"),
                    rs.getLong("anonymous_reason"), rs.getLong("anonymous_described"), rs.getLong("hedged"));
        }
    }

    /**
     * An outlet's live annotations of one UTC day, attribution type and recorded on-record status: their figures,
     * and of them the appearances of cross-outlet claims (relays, syndicated copies, first appearances).
     */
    record DayFigures(long outletId, long epochDay, Figures figures, Relaying relaying) {
        static DayFigures read(ResultSet rs) throws SQLException {
            var typeCode = rs.getString("type_code");
            var onRecord = rs.getString("on_record");
            var status = SourcingStatus.of(onRecord == null ? null : OnRecord.valueOf(onRecord), typeCode);
            long n = rs.getLong("n");
            long unnamed = status.unnamed() ? n : 0;
            var figures = new Figures(typeCode, n, status == SourcingStatus.ON_RECORD ? n : 0, unnamed,
                    status.unnamed() ? rs.getLong("reason") : 0, AttributionType.ANONYMOUS_DESCRIBED.name().equals(typeCode) ? unnamed : 0,
                    rs.getLong("hedged"));
            long outletId = rs.getLong("outlet_id");
            return new DayFigures(outletId, rs.getObject("utc_day", LocalDate.class).toEpochDay(), figures,
                    new Relaying(outletId, rs.getLong("appearances"), rs.getLong("relays"), rs.getLong("syndicated"), rs.getLong("first")));
        }
    }

    record ClaimOutlet(long claimId, String shortText, OutletRef outlet, long appearances, OffsetDateTime earliest) {
    }

    record First(long claimId, long annotationId, long articleId, OutletRef outlet, OffsetDateTime published) {
    }

    record Relaying(long outletId, long appearances, long relays, long syndicated, long first) {
        Relaying plus(Relaying other) {
            return new Relaying(outletId, appearances + other.appearances, relays + other.relays, syndicated + other.syndicated,
                    first + other.first);
        }
    }

    /** An article's facts without its text. */
    record ArticleFacts(long id, String headline, String url, OffsetDateTime published, OutletRef outlet, Long nearDuplicateOf) {
    }

    private final JdbcClient jdbc;
    private final boolean postgres;

    ReportQueries(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    boolean postgres() {
        return postgres;
    }

    Optional<OutletRef> outlet(long outletId) {
        return jdbc.sql("SELECT o.id, o.name, o.kind FROM outlet o WHERE o.id = :id").param("id", outletId)
                .query((rs, n) -> outletRef(rs, "id", "name", "kind")).optional();
    }

    /** Articles' headline, address, time and outlet, without reading their texts. */
    java.util.Map<Long, ArticleFacts> articles(Collection<Long> articleIds) {
        var facts = new java.util.HashMap<Long, ArticleFacts>();
        if (articleIds.isEmpty()) {
            return facts;
        }
        jdbc.sql("SELECT a.id, a.headline, a.url, a.published_at, a.published_zone, a.near_duplicate_of, o.id AS outlet_id, o.name, o.kind "
                        + "FROM article a JOIN outlet o ON o.id = a.outlet_id WHERE a.id IN (:ids)")
                .param("ids", articleIds)
                .query((rs, n) -> new ArticleFacts(rs.getLong("id"), rs.getString("headline"), rs.getString("url"),
                        published(rs), outletRef(rs, "outlet_id", "name", "kind"),
                        rs.getObject("near_duplicate_of") == null ? null : rs.getLong("near_duplicate_of")))
                .list().forEach(f -> facts.put(f.id(), f));
        return facts;
    }

    /** The article's live annotations by attribution type. */
    List<Figures> articleMix(long articleId) {
        return jdbc.sql("SELECT c.type_code, " + FIGURES + " FROM claim_annotation c WHERE c.article_id = :article "
                        + "AND c.deleted_at IS NULL GROUP BY c.type_code")
                .param("article", articleId).query((rs, n) -> Figures.read(rs)).list();
    }

    /** Distinct names of the article's on-record sources (pronouns aside). */
    long namedSources(long articleId) {
        return jdbc.sql("SELECT COUNT(DISTINCT " + SOURCE + ") FROM claim_annotation c WHERE c.article_id = :article "
                        + "AND c.deleted_at IS NULL AND " + STATUS + " = 'ON_RECORD' AND " + SOURCE + " IS NOT NULL AND "
                        + SOURCE + " NOT IN (" + PRONOUNS + ")")
                .param("article", articleId).query(Long.class).single();
    }

    /** For each cross-outlet claim the article carries: every outlet carrying it, how often and how early. */
    List<ClaimOutlet> claimOutletsOfArticle(long articleId) {
        return jdbc.sql("SELECT c.claim_id, cl.short_text, o.id AS outlet_id, o.name, o.kind, COUNT(*) AS n, MIN(a.published_at) AS earliest "
                        + "FROM " + claimsOf() + " JOIN claim_annotation c ON c.claim_id = mine.claim_id JOIN article a ON a.id = c.article_id "
                        + "JOIN outlet o ON o.id = a.outlet_id JOIN claim cl ON cl.id = c.claim_id WHERE c.deleted_at IS NULL "
                        + "GROUP BY c.claim_id, cl.short_text, o.id, o.name, o.kind ORDER BY c.claim_id, MIN(a.published_at), o.name")
                .param("article", articleId)
                .query((rs, n) -> new ClaimOutlet(rs.getLong("claim_id"), rs.getString("short_text"), outletRef(rs, "outlet_id", "name", "kind"),
                        rs.getLong("n"), rs.getObject("earliest", OffsetDateTime.class)))
                .list();
    }

    /** The first appearance of each cross-outlet claim the article carries. */
    List<First> firstAppearancesOfArticleClaims(long articleId) {
        return jdbc.sql("SELECT c.claim_id, c.id AS annotation_id, c.article_id, o.id AS outlet_id, o.name, o.kind, a.published_at "
                        + "FROM " + claimsOf() + " JOIN claim_annotation c ON c.claim_id = mine.claim_id JOIN article a ON a.id = c.article_id "
                        + "JOIN outlet o ON o.id = a.outlet_id WHERE c.deleted_at IS NULL "
                        + "AND " + FIRST + " = 1")
                .param("article", articleId)
                .query((rs, n) -> new First(rs.getLong("claim_id"), rs.getLong("annotation_id"), rs.getLong("article_id"),
                        outletRef(rs, "outlet_id", "name", "kind"), rs.getObject("published_at", OffsetDateTime.class)))
                .list();
    }

    /**
     * The claims the article carries, as a derived table {@code mine} to join from: both databases then start from the
     * article's few annotations and reach the other appearances by the claim index (H2 scanned every annotation for
     * the same condition written as {@code claim_id IN (SELECT …)}).
     */
    private static String claimsOf() {
        return "(SELECT DISTINCT m.claim_id FROM claim_annotation m WHERE m.article_id = :article AND m.deleted_at IS NULL "
                + "AND m.claim_id IS NOT NULL) mine";
    }

    /**
     * The outlets' live annotations in the period by outlet, UTC day of publication, attribution type and recorded
     * on-record status, with their appearances of cross-outlet claims: one pass over the period's annotations for
     * the sourcing figures and the relaying both (the on-record rule is then applied in Java, per row).
     */
    List<DayFigures> outletDays(Collection<Long> outletIds, OffsetDateTime from, OffsetDateTime to) {
        if (postgres) {
            // PostgreSQL prices the per-appearance first-appearance check high enough to JIT-compile this query, and
            // compiling its many expressions took 1 to 5 s for a query that then runs in a fraction of a second
            // (docs/performance.md); for this transaction only
            jdbc.sql("SET LOCAL jit = off").update();
        }
        // the period's annotations as a derived table of the report index's columns: H2 then reads them from that index
        // alone (with the correlated first-appearance check on the base table it reads every row); PostgreSQL flattens it
        return jdbc.sql("SELECT x.outlet_id, " + UTC_DAY + " AS utc_day, x.type_code, x.on_record, COUNT(*) AS n, "
                        + "SUM(CASE WHEN x.stance = 'HEDGED' THEN 1 ELSE 0 END) AS hedged, "
                        + "SUM(CASE WHEN x.reason_stated THEN 1 ELSE 0 END) AS reason, "
                        + "SUM(CASE WHEN x.claim_id IS NULL THEN 0 ELSE 1 END) AS appearances, "
                        + "SUM(CASE WHEN x.claim_id IS NOT NULL AND (" + RELAYS + ") THEN 1 ELSE 0 END) AS relays, "
                        + "SUM(CASE WHEN x.claim_id IS NOT NULL AND " + SYNDICATED + " THEN 1 ELSE 0 END) AS syndicated, "
                        + "SUM(CASE WHEN x.claim_id IS NULL OR " + RELAYS + " THEN 0 ELSE " + first("x", "x.published_at") + " END) AS first "
                        + "FROM (SELECT a.outlet_id, a.published_at, a.near_duplicate_of, c.id, c.claim_id, c.type_code, c.on_record, "
                        + "c.stance, c.reason_stated, c.relay_named FROM article a JOIN claim_annotation c ON c.article_id = a.id "
                        + "WHERE " + IN_PERIOD + " AND c.deleted_at IS NULL) x "
                        + "LEFT JOIN article orig ON orig.id = x.near_duplicate_of "
                        + "GROUP BY x.outlet_id, " + UTC_DAY + ", x.type_code, x.on_record")
                .param("outlets", outletIds).param("from", from).param("to", to)
                .query((rs, n) -> DayFigures.read(rs)).list();
    }

    /** How many articles each outlet published in the period. */
    List<long[]> articleCounts(Collection<Long> outletIds, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT a.outlet_id, COUNT(*) AS n FROM article a WHERE " + IN_PERIOD + " GROUP BY a.outlet_id")
                .param("outlets", outletIds).param("from", from).param("to", to)
                .query((rs, n) -> new long[]{rs.getLong("outlet_id"), rs.getLong("n")}).list();
    }

    /** The publication time at the offset of the zone it was given in, as the article itself shows it. */
    private static OffsetDateTime published(ResultSet rs) throws SQLException {
        var at = rs.getObject("published_at", OffsetDateTime.class);
        var zone = rs.getString("published_zone");
        return at == null ? null : at.atZoneSameInstant(zone == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(zone)).toOffsetDateTime();
    }

    private static OutletRef outletRef(ResultSet rs, String id, String name, String kind) throws SQLException {
        return new OutletRef(rs.getLong(id), rs.getString(name), OutletKind.valueOf(rs.getString(kind)));
    }
}
