package org.claimtrace.article.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.KaribuTest;
import org.claimtrace.article.ArticleSummary;
import org.claimtrace.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class ArticlesViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.claimtrace.article.ArticleService articles;
    @org.springframework.beans.factory.annotation.Autowired
    org.claimtrace.annotation.ClaimAnnotationService annotations;

    @BeforeEach
    void openAsViewer() {
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate(ArticlesView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ArticleSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("articles"));
    }

    private static List<ArticleSummary> rows() {
        var grid = grid();
        var rows = new ArrayList<ArticleSummary>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    @Test
    void theSeedArticlesAreListedNewestFirstWithNoClaimsYet() {
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search headline, outlet or text")), "Kim Jong");
        var seeds = rows().stream().filter(r -> r.outletName().equals("GZERO Media")
                || r.outletName().equals("The New York Times")).toList();
        assertThat(seeds).extracting(ArticleSummary::outletName).containsExactly("GZERO Media", "The New York Times");
        assertThat(seeds).extracting(ArticleSummary::claimCount).containsOnly(0L);
        var published = rows().stream().map(ArticleSummary::publishedAt).filter(java.util.Objects::nonNull).toList();
        assertThat(published).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void searchingByOutletHeadlineOrTextNarrowsTheList() {
        var search = _get(TextField.class, spec -> spec.withPlaceholder("Search headline, outlet or text"));
        _setValue(search, "gzero");
        assertThat(rows()).extracting(ArticleSummary::headline).contains("Kim Jong Un to meet Vladimir Putin")
                .noneMatch(h -> h.startsWith("Kim Jong-un Plans"));
        _setValue(search, "Vostochny Cosmodrome");
        assertThat(rows()).extracting(ArticleSummary::outletName).containsExactly("The New York Times");
        _setValue(search, "no article says this 9f8e7d");
        assertThat(rows()).isEmpty();
    }

    @Test
    void clickingAnArticleOpensTheReader() {
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search headline, outlet or text")), "Kim Jong");
        var grid = grid();
        int row = rows().stream().map(ArticleSummary::outletName).toList().indexOf("GZERO Media");
        _clickItem(grid, row);
        assertThat(currentView().getSimpleName()).isEqualTo("ReaderView");
    }

    @Test
    void eachArticleShowsHowManyClaimsItHas() {
        var headline = "Counted " + java.util.UUID.randomUUID();
        org.claimtrace.security.SystemTask.run(() -> {
            var article = articles.importArticle(org.claimtrace.article.ArticleFixtures.draft("Count Post", headline,
                    org.claimtrace.article.ArticleFixtures.uniqueText("Officials said one thing. Officials said another.")));
            annotations.create(article.getId(), 0, 9, new org.claimtrace.attribution.Attribution("ANONYMOUS_VAGUE"));
            annotations.create(article.getId(), 26, 35, new org.claimtrace.attribution.Attribution("ANONYMOUS_VAGUE"));
        });
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search headline, outlet or text")), headline);
        assertThat(rows()).singleElement().extracting(ArticleSummary::claimCount).isEqualTo(2L);
    }

    @Test
    void aViewerHasNoImportButton() {
        _assertNone(Button.class, spec -> spec.withText("Import article"));
    }
}
