package org.claimtrace.exchange;

import org.claimtrace.claim.LinkStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export reads page after page ({@link AnnotationRows#PAGE} rows): across page boundaries, and with one claim
 * carrying more than a page of appearances, every row comes exactly once and in order.
 */
@SpringBootTest
@ActiveProfiles("test")
class AnnotationRowsPagingTest {

    private static final int ANNOTATIONS = 2 * AnnotationRows.PAGE + 234;
    private static final int IN_BIG_CLAIM = AnnotationRows.PAGE + 100;
    private static final int IN_SMALL_CLAIM = 50;

    @Autowired
    DataSource dataSource;

    private JdbcTemplate jdbc;
    private long outletId;
    private long articleId;
    private long bigClaim;
    private long smallClaim;

    @BeforeEach
    void manyAnnotations() {
        jdbc = new JdbcTemplate(dataSource);
        var now = Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));
        String name = "Paging outlet " + UUID.randomUUID();
        jdbc.update("INSERT INTO outlet (name, kind) VALUES (?, 'NEWSPAPER')", name);
        outletId = jdbc.queryForObject("SELECT id FROM outlet WHERE name = ?", Long.class, name);
        String hash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        jdbc.update("INSERT INTO article (outlet_id, headline, url, published_at, published_zone, language, text, content_hash, created_at, created_by) "
                + "VALUES (?, 'Paging', 'https://example.org/paging', ?, 'UTC', 'en', 'Paging text.', ?, ?, 'test')", outletId, now, hash, now);
        articleId = jdbc.queryForObject("SELECT id FROM article WHERE content_hash = ?", Long.class, hash);
        // the small claim gets the lower id, so by claim its rows come first although its annotations come last
        smallClaim = claim("Paging small claim " + hash.substring(0, 32), now);
        bigClaim = claim("Paging big claim " + hash.substring(0, 32), now);
        var batch = new ArrayList<Object[]>();
        for (int i = 0; i < ANNOTATIONS; i++) {
            Long claim = i < IN_BIG_CLAIM ? Long.valueOf(bigClaim) : i >= ANNOTATIONS - IN_SMALL_CLAIM ? Long.valueOf(smallClaim) : null;
            batch.add(new Object[] {articleId, i, i + 1, "q" + i, claim, claim == null ? null : "test", claim == null ? null : now, now, now});
        }
        jdbc.batchUpdate("INSERT INTO claim_annotation (article_id, start_offset, end_offset, quote, prefix, suffix, anchor_state, type_code, "
                + "claim_id, linked_by, linked_at, created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, '', '', 'ANCHORED', 'ANONYMOUS_VAGUE', ?, ?, ?, ?, 'test', ?, 'test')", batch);
    }

    private long claim(String text, Timestamp now) {
        jdbc.update("INSERT INTO claim (short_text, created_at, created_by, updated_at, updated_by) VALUES (?, ?, 'test', ?, 'test')", text, now, now);
        return jdbc.queryForObject("SELECT id FROM claim WHERE short_text = ?", Long.class, text);
    }

    @AfterEach
    void remove() {
        jdbc.update("DELETE FROM claim_annotation WHERE article_id = ?", articleId);
        jdbc.update("DELETE FROM claim WHERE id IN (?, ?)", bigClaim, smallClaim);
        jdbc.update("DELETE FROM article WHERE id = ?", articleId);
        jdbc.update("DELETE FROM outlet WHERE id = ?", outletId);
    }

    private ExportFilter thisArticle(LinkStatus status) {
        return new ExportFilter(Set.of(), articleId, null, null, Set.of(), null, status, null);
    }

    @Test
    void byIdEveryRowOnceInRisingOrder() {
        var ids = new ArrayList<Long>();
        new AnnotationRows(dataSource).forEach(thisArticle(null), false, row -> ids.add(row.annotationId()));

        assertThat(ids).hasSize(ANNOTATIONS).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void byClaimEveryLinkOnceClaimByClaimEvenWhenOneClaimFillsMoreThanAPage() {
        var rows = new ArrayList<AnnotationRow>();
        new AnnotationRows(dataSource).forEach(thisArticle(LinkStatus.CONFIRMED), true, rows::add);

        assertThat(rows).hasSize(IN_BIG_CLAIM + IN_SMALL_CLAIM);
        assertThat(rows.subList(0, IN_SMALL_CLAIM)).allMatch(r -> r.claimId() == smallClaim);
        assertThat(rows.subList(IN_SMALL_CLAIM, rows.size())).allMatch(r -> r.claimId() == bigClaim);
        List<Long> bigIds = rows.subList(IN_SMALL_CLAIM, rows.size()).stream().map(AnnotationRow::annotationId).toList();
        assertThat(bigIds).doesNotHaveDuplicates().isSorted();
        assertThat(new HashSet<>(rows.stream().map(AnnotationRow::annotationId).toList())).hasSize(rows.size());
        assertThat(rows.getFirst().headline()).isEqualTo("Paging");
    }
}
