package org.claimtrace.article;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the repositories and the Flyway schema must do on every supported database. Runs against H2
 * always and against PostgreSQL when CLAIMTRACE_TEST_PG_URL is set (.ci/run sets it).
 */
abstract class ArticleRepositoryContract {

    @Autowired
    ArticleRepository articles;
    @Autowired
    OutletRepository outlets;
    @Autowired
    TransactionTemplate tx;

    private Outlet outlet(String name) {
        return tx.execute(s -> outlets.findByNameIgnoreCase(name).orElseGet(() -> outlets.save(new Outlet(name, OutletKind.WIRE_SERVICE))));
    }

    private Article article(Outlet outlet, String headline, String text, Instant published) {
        var normalized = TextNormalizer.normalize(text);
        var article = new Article(outlet, headline, normalized, ContentHash.of(normalized), Instant.parse("2024-01-01T00:00:00Z"), "test");
        article.setLanguage("en");
        article.setPublished(published == null ? null : published.atZone(java.time.ZoneId.of("Asia/Seoul")));
        return tx.execute(s -> articles.save(article));
    }

    @Test
    void theSchemaHoldsTheSeedsAfterMigration() {
        assertThat(outlets.findByNameIgnoreCase("the new york times")).isPresent();
        assertThat(articles.findSummaries(PageRequest.of(0, 100)).getContent())
                .extracting(ArticleSummary::headline).contains("Kim Jong Un to meet Vladimir Putin");
    }

    @Test
    void summariesPageAndSortByPublicationTime() {
        var wire = outlet("Contract Wire " + UUID.randomUUID());
        var marker = UUID.randomUUID().toString();
        article(wire, "Oldest " + marker, "a " + marker, Instant.parse("2001-01-01T00:00:00Z"));
        article(wire, "Newest " + marker, "b " + marker, Instant.parse("2001-01-03T00:00:00Z"));
        article(wire, "Middle " + marker, "c " + marker, Instant.parse("2001-01-02T00:00:00Z"));
        var firstPage = articles.searchSummaries("%" + marker + "%", PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "publishedAt")));
        assertThat(firstPage.getContent()).extracting(ArticleSummary::headline).containsExactly("Newest " + marker, "Middle " + marker);
        assertThat(firstPage.hasNext()).isTrue();
        var secondPage = articles.searchSummaries("%" + marker + "%", PageRequest.of(1, 2, Sort.by(Sort.Direction.DESC, "publishedAt")));
        assertThat(secondPage.getContent()).extracting(ArticleSummary::headline).containsExactly("Oldest " + marker);
        assertThat(secondPage.getContent().getFirst().published()).hasValueSatisfying(p -> {
            assertThat(p.getZone().getId()).isEqualTo("Asia/Seoul");
            assertThat(p.toInstant()).isEqualTo(Instant.parse("2001-01-01T00:00:00Z"));
        });
    }

    @Test
    void searchEscapesLikeWildcards() {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var a = article(outlet("Escape Wire"), "Percent", "Turnout was 50% in " + marker, null);
        article(outlet("Escape Wire"), "Underscore", "Turnout was 50x in " + marker, null);
        var pattern = ArticleService.likePattern("50% in " + marker);
        assertThat(articles.searchSummaries(pattern, PageRequest.of(0, 10)).getContent())
                .extracting(ArticleSummary::id).containsExactly(a.getId());
    }

    @Test
    void aLongTextWithEmojiAndCjkSurvivesTheRoundTrip() {
        var text = "\uD83D\uDCF0 \u65B0\u805E " + "x".repeat(300_000) + " " + UUID.randomUUID();
        var saved = article(outlet("Unicode Wire"), "Long", text, null);
        var loaded = articles.findByContentHash(saved.getContentHash()).orElseThrow();
        assertThat(loaded.getText()).isEqualTo(TextNormalizer.normalize(text));
        assertThat(loaded.getOutlet().getName()).isEqualTo("Unicode Wire");
    }

    @Test
    void theDatabaseRefusesASecondArticleWithTheSameHash() {
        var text = "Same text " + UUID.randomUUID();
        article(outlet("Dup Wire"), "First", text, null);
        assertThatThrownBy(() -> article(outlet("Dup Wire"), "Second", text, null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void outletNamesAreUnique() {
        var name = "Unique Wire " + UUID.randomUUID();
        outlet(name);
        assertThatThrownBy(() -> tx.execute(s -> outlets.saveAndFlush(new Outlet(name, OutletKind.OTHER))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
