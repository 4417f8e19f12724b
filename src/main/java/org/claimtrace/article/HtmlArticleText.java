package org.claimtrace.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * HTML to plain text with jsoup: scripts, styles, navigation and other page chrome dropped, block
 * elements become paragraph breaks, {@code <br>} a line break. Nothing of the markup survives, so nothing
 * in it can ever run in the reader. Metadata the page declares (title, author, date, canonical URL,
 * language) pre-fills the import form.
 */
final class HtmlArticleText {

    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, button, select, [hidden], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "figure", "figcaption", "table", "tr", "dl", "dt",
            "dd", "hr", "address", "details", "summary");

    private HtmlArticleText() {
    }

    static ExtractedArticle extract(String html) {
        Document doc = Jsoup.parse(html);
        var headline = firstNonBlank(meta(doc, "meta[property=og:title]"), doc.select("h1").text(), doc.title());
        var byline = firstNonBlank(meta(doc, "meta[name=author]"), meta(doc, "meta[property=article:author]"));
        var url = firstNonBlank(doc.select("link[rel=canonical]").attr("href"), meta(doc, "meta[property=og:url]"));
        var language = doc.select("html").attr("lang");
        var published = parseTime(meta(doc, "meta[property=article:published_time]"));
        doc.select(DROPPED).remove();
        Element root = pickRoot(doc);
        var text = new StringBuilder();
        NodeTraversor.traverse(new TextCollector(text), root);
        var lines = text.toString().lines().map(String::stripLeading).toList();
        // normalised here already, so the form previews exactly the text that will be stored
        return new ExtractedArticle(TextNormalizer.normalize(String.join("\n", lines)), blankToNull(headline), blankToNull(byline), published,
                blankToNull(url), blankToNull(language));
    }

    /** The one {@code <article>} or {@code <main>} when the page has it; the page furniture around it is not the story. */
    private static Element pickRoot(Document doc) {
        var articles = doc.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        var main = doc.select("main");
        return main.size() == 1 ? main.first() : doc.body();
    }

    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out;

        TextCollector(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                boolean pre = text.parent() instanceof Element parent && parent.nameIs("pre");
                out.append(pre ? text.getWholeText() : text.text());
            } else if (node instanceof Element element) {
                if (element.nameIs("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(element.normalName())) {
                    out.append("\n\n");
                } else if (element.nameIs("td") || element.nameIs("th")) {
                    out.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                out.append("\n\n");
            }
        }
    }

    private static String meta(Document doc, String selector) {
        return doc.select(selector).attr("content");
    }

    private static ZonedDateTime parseTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toZonedDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (var v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
