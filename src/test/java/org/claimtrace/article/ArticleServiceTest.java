package org.claimtrace.article;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimtrace.article.ArticleFixtures.draft;
import static org.claimtrace.article.ArticleFixtures.uniqueText;
import static org.claimtrace.article.ArticleFixtures.wireStory;

@SpringBootTest
@ActiveProfiles("test")
class ArticleServiceTest {

    @Autowired
    ArticleService articles;

    @Test
    @WithMockUser(username = "ed", roles = "EDITOR")
    void importNormalisesHashesAndRecordsWhoImported() {
        var text = uniqueText("First line   \r\nsecond line\r\n\r\n\r\n\r\nNext paragraph.");
        var article = articles.importArticle(draft("The Daily Test", "Headline", text));
        assertThat(article.getText()).startsWith("First line\nsecond line\n\nNext paragraph.");
        assertThat(article.getContentHash()).isEqualTo(ContentHash.of(article.getText()));
        assertThat(article.getCreatedBy()).isEqualTo("ed");
        assertThat(article.getLanguage()).isEqualTo("en");
        var stored = articles.find(article.getId()).orElseThrow();
        assertThat(stored.getOutlet().getName()).isEqualTo("The Daily Test");
        assertThat(stored.getPublished()).hasValueSatisfying(p -> assertThat(p.getZone().getId()).isEqualTo("Europe/Berlin"));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void theSameTextTwiceIsADuplicateEvenWithOtherLineEnds() {
        var first = articles.importArticle(wireStory());
        var again = draft("Another Outlet", "Same story", first.getText().replace("\n", "\r\n") + "  \n\n\n");
        assertThatThrownBy(() -> articles.importArticle(again))
                .isInstanceOfSatisfying(DuplicateArticleException.class,
                        e -> assertThat(e.existingId()).isEqualTo(first.getId()));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void everyProblemIsReportedAtOnceAndNothingIsStored() {
        long before = articles.count();
        var bad = new ArticleDraft(" ", null, "", null, null, "ftp://example.org/x", "not a language", "   \n\t ");
        assertThatThrownBy(() -> articles.importArticle(bad))
                .isInstanceOfSatisfying(ArticleRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::field)
                        .containsExactlyInAnyOrder("outlet", "headline", "url", "language", "text"));
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aFiftyMegabytePasteIsRefusedWithItsSize() {
        var huge = "x".repeat(50 * 1024 * 1024);
        assertThatThrownBy(() -> articles.importArticle(draft("Outlet", "Huge", huge)))
                .isInstanceOf(ArticleRejectedException.class)
                .hasMessageContaining("52,428,800 characters").hasMessageContaining("at most 5,000,000");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void searchFindsByHeadlineOutletOrTextAndTreatsWildcardsLiterally() {
        var story = articles.importArticle(draft("Searchable Gazette", "Harbour reopens",
                uniqueText("The port of Vlorë reopened on Monday, 100% of berths in use.")));
        var page = PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "publishedAt"));
        assertThat(articles.search("harbour", page).getContent()).extracting(ArticleSummary::id).contains(story.getId());
        assertThat(articles.search("searchable gazette", page).getContent()).extracting(ArticleSummary::id).contains(story.getId());
        assertThat(articles.search("VLORË", page).getContent()).extracting(ArticleSummary::id).contains(story.getId());
        assertThat(articles.search("100%", page).getContent()).extracting(ArticleSummary::id).containsExactly(story.getId());
        assertThat(articles.search("1_0%", page).getContent()).isEmpty();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void pagesFetchedOneByOneNeverRepeatOrSkipArticlesPublishedAtTheSameInstant() {
        var marker = "Same instant " + java.util.UUID.randomUUID();
        var ids = new java.util.HashSet<Long>();
        for (int i = 0; i < 5; i++) {
            ids.add(articles.importArticle(draft("Tie Post", marker + " " + i, uniqueText(marker))).getId());
        }
        var seen = new java.util.ArrayList<Long>();
        for (int page = 0; page < 5; page++) {
            seen.addAll(articles.search(marker, PageRequest.of(page, 1, Sort.by(Sort.Direction.DESC, "publishedAt")))
                    .map(ArticleSummary::id).getContent());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerCannotImport() {
        assertThatThrownBy(() -> articles.importArticle(wireStory())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "REVIEWER")
    void aReviewerCannotImport() {
        assertThatThrownBy(() -> articles.importArticle(wireStory())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyLoggedInCannotEvenRead() {
        assertThatThrownBy(() -> articles.count()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
