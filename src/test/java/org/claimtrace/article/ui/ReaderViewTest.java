package org.claimtrace.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.claimtrace.KaribuTest;
import org.claimtrace.article.ArticleFixtures;
import org.claimtrace.article.ArticleService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.atomic.AtomicLong;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ReaderViewTest extends KaribuTest {

    @Autowired
    ArticleService articles;

    private long importAsSystem(String headline, String text) {
        var id = new AtomicLong();
        SystemTask.run(() -> id.set(articles.importArticle(ArticleFixtures.draft("Reader Test Post", headline, text)).getId()));
        return id.get();
    }

    @Test
    void theReaderShowsMetadataAndTheTextAsParagraphs() {
        long id = importAsSystem("Two paragraphs", ArticleFixtures.uniqueText("First paragraph,\nwith a line break.\n\nSecond paragraph."));
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate(ReaderView.class, ReaderView.parameters(id));
        assertThat(_get(H2.class).getText()).isEqualTo("Two paragraphs");
        assertThat(_get(Anchor.class, spec -> spec.withText("https://example.org/story")).getHref())
                .isEqualTo("https://example.org/story");
        var paragraphs = _find(Paragraph.class).stream()
                .filter(p -> p.getElement().hasAttribute("data-start")).toList();
        assertThat(paragraphs).extracting(Paragraph::getText)
                .startsWith("First paragraph,\nwith a line break.", "Second paragraph.");
        assertThat(paragraphs).extracting(p -> p.getElement().getAttribute("data-start")).startsWith("0", "37");
    }

    @Test
    void markupInAnArticleIsShownAsCharacters() {
        var hostile = ArticleFixtures.uniqueText("Before <script>window.pwned=1</script> and <img src=x onerror=\"window.pwned=2\"> after.");
        long id = importAsSystem("Hostile text", hostile);
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate(ReaderView.class, ReaderView.parameters(id));
        var first = _find(Paragraph.class).stream().filter(p -> p.getElement().hasAttribute("data-start")).findFirst().orElseThrow();
        assertThat(first.getText()).contains("<script>window.pwned=1</script>");
        assertThat(first.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(first.getElement().getProperty("innerHTML")).isNull();
    }

    @Test
    void anUnknownArticleSaysSo() {
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("articles/999999");
        assertThat(_get(H2.class).getText()).isEqualTo("No such article");
    }
}
