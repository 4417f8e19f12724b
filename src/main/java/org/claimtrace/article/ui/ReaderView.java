package org.claimtrace.article.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.article.Article;
import org.claimtrace.article.ArticleParagraphs;
import org.claimtrace.article.ArticleService;

/**
 * One article to read: metadata and the text as paragraphs. The text is always set as text, never as
 * HTML, so markup in an article shows as characters and runs nothing.
 */
@Route("articles/:id(\\d+)")
@PageTitle("Reader · Claimtrace")
@PermitAll
class ReaderView extends Div implements BeforeEnterObserver {

    private final ArticleService articles;

    ReaderView(ArticleService articles) {
        this.articles = articles;
        addClassName("reader");
    }

    static RouteParameters parameters(long articleId) {
        return new RouteParameters("id", Long.toString(articleId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var id = event.getRouteParameters().getLong("id");
        var article = id.flatMap(articles::find);
        if (article.isEmpty()) {
            add(new H2("No such article"), new Paragraph("There is no article with this number. It may have been removed."),
                    new RouterLink("Back to the articles", ArticlesView.class));
            return;
        }
        show(article.get());
    }

    private void show(Article article) {
        var headline = new H2(article.getHeadline());
        headline.addClassName("reader-headline");
        var meta = new Div();
        meta.addClassName("reader-meta");
        meta.add(new Span(article.getOutlet().getName()));
        if (article.getByline() != null) {
            meta.add(new Span("By " + article.getByline().replaceFirst("(?i)^by\\s+", "")));
        }
        meta.add(new Span(PublishedFormat.format(article.getPublished())));
        if (article.getUrl() != null) {
            var link = new Anchor(article.getUrl(), article.getUrl(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            meta.add(link);
        }
        add(headline, meta, text(article));
    }

    private static Div text(Article article) {
        var text = new Div();
        text.addClassName("article-text");
        text.setId("article-text");
        for (var paragraph : ArticleParagraphs.of(article.getText())) {
            var p = new Paragraph(paragraph.text());
            p.getElement().setAttribute("data-start", Integer.toString(paragraph.start()));
            text.add(p);
        }
        return text;
    }
}
