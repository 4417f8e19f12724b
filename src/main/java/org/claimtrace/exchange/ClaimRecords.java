package org.claimtrace.exchange;

import org.claimtrace.article.Article;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.Appearance;
import org.claimtrace.claim.ClaimService;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;

/**
 * The claims an export holds: those with at least one live appearance the filter matches, read a page
 * of ids at a time (keyset), each claim through {@link ClaimService} so the first-appearance rule lives in
 * one place. Claims are far fewer than annotations; this favours one rule over raw speed.
 */
class ClaimRecords {

    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;
    private final ClaimService claims;
    private final ArticleService articles;
    private final jakarta.persistence.EntityManager entityManager;

    ClaimRecords(DataSource dataSource, ClaimService claims, ArticleService articles, jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.jdbc = new JdbcTemplate(dataSource);
        this.claims = claims;
        this.articles = articles;
    }

    long count(ExportFilter filter) {
        var query = query(filter, false);
        Long n = jdbc.queryForObject(query.sql(), Long.class, query.args().toArray());
        return n == null ? 0 : n;
    }

    void forEach(ExportFilter filter, Consumer<ClaimRecord> each) {
        long after = 0;
        while (true) {
            var query = query(filter, true);
            var args = new java.util.ArrayList<>(query.args());
            args.addFirst(after);
            List<Long> ids = jdbc.queryForList(query.sql(), Long.class, args.toArray());
            for (long id : ids) {
                claims.find(id).ifPresent(claim -> {
                    var appearances = claims.appearances(id);
                    var first = claims.firstAppearance(id).orElse(null);
                    var urls = new LinkedHashMap<Long, String>();
                    appearances.stream().map(Appearance::articleId).distinct()
                            .forEach(articleId -> urls.put(articleId, articles.find(articleId).map(Article::getUrl).orElse(null)));
                    each.accept(new ClaimRecord(claim, appearances, first, first == null ? null : urls.get(first.articleId()), urls));
                });
            }
            // Read-only work: drop the page's entities so a long export does not accumulate them.
            entityManager.clear();
            if (ids.size() < PAGE) {
                return;
            }
            after = ids.getLast();
        }
    }

    private record Query(String sql, List<Object> args) {
    }

    private static Query query(ExportFilter filter, boolean page) {
        if (filter.linkStatus() == org.claimtrace.claim.LinkStatus.UNLINKED) {
            return new Query(page ? "SELECT c.id FROM claim c WHERE c.id > ? AND 1 = 0" : "SELECT 0", List.of());
        }
        var annotations = AnnotationRows.where(filter);
        var sql = (page ? "SELECT c.id FROM claim c WHERE c.id > ?" : "SELECT COUNT(*) FROM claim c WHERE 1 = 1")
                + " AND EXISTS (SELECT 1 FROM claim_annotation a JOIN article ar ON ar.id = a.article_id"
                + " WHERE a.claim_id = c.id AND a.deleted_at IS NULL" + annotations.sql() + ")"
                + (page ? " ORDER BY c.id FETCH FIRST " + PAGE + " ROWS ONLY" : "");
        return new Query(sql, annotations.args());
    }
}
