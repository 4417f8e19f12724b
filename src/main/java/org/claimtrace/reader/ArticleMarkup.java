package org.claimtrace.reader;

import org.claimtrace.article.ArticleParagraphs;
import org.claimtrace.attribution.TagColours;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders an article's text as paragraphs with its highlights: the text is cut into segments at every
 * highlight boundary, so each character shows every annotation covering it (nested and overlapping ones
 * included). Every piece of text and every attribute is HTML-escaped here: no article markup ever
 * reaches the page as markup. Offsets stay recoverable in the browser from each paragraph's data-start.
 */
public final class ArticleMarkup {

    private ArticleMarkup() {
    }

    public static String render(String text, List<Highlight> highlights, String selectedId) {
        var sorted = new ArrayList<>(highlights);
        sorted.sort(Comparator.comparingInt(Highlight::start));
        var html = new StringBuilder(text.length() + highlights.size() * 160);
        int next = 0;
        var active = new ArrayList<Highlight>();
        for (var paragraph : ArticleParagraphs.of(text)) {
            html.append("<p data-start=\"").append(paragraph.start()).append("\">");
            var cuts = new TreeSet<Integer>();
            cuts.add(paragraph.start());
            cuts.add(paragraph.end());
            active.removeIf(h -> h.end() <= paragraph.start());
            while (next < sorted.size() && sorted.get(next).start() < paragraph.end()) {
                active.add(sorted.get(next++));
            }
            for (var h : active) {
                if (h.start() > paragraph.start() && h.start() < paragraph.end()) {
                    cuts.add(h.start());
                }
                if (h.end() > paragraph.start() && h.end() < paragraph.end()) {
                    cuts.add(h.end());
                }
            }
            Integer from = null;
            for (int cut : cuts) {
                if (from != null) {
                    segment(html, text, from, cut, active, selectedId);
                }
                from = cut;
            }
            html.append("</p>");
        }
        return html.toString();
    }

    private static void segment(StringBuilder html, String text, int from, int to, List<Highlight> active, String selectedId) {
        var covering = new ArrayList<Highlight>();
        for (var h : active) {
            if (h.start() <= from && h.end() >= to) {
                covering.add(h);
            }
        }
        var escaped = HtmlUtils.htmlEscape(text.substring(from, to), "UTF-8");
        if (covering.isEmpty()) {
            html.append(escaped);
            return;
        }
        // Innermost (shortest) first: its colour fills the background, each covering span adds a band below.
        covering.sort(Comparator.comparingInt(Highlight::length));
        var annotations = covering.stream().filter(h -> !h.suggestion()).toList();
        var suggestions = covering.stream().filter(Highlight::suggestion).toList();
        html.append("<mark class=\"hl");
        if (annotations.isEmpty()) {
            html.append(" suggestion");
        }
        if (covering.stream().anyMatch(h -> h.id().equals(selectedId))) {
            html.append(" selected");
        }
        html.append("\" data-ids=\"");
        for (int i = 0; i < covering.size(); i++) {
            html.append(i == 0 ? "" : " ").append(HtmlUtils.htmlEscape(covering.get(i).id()));
        }
        html.append("\" title=\"");
        for (int i = 0; i < covering.size(); i++) {
            html.append(i == 0 ? "" : "&#10;").append(HtmlUtils.htmlEscape(covering.get(i).title(), "UTF-8"));
        }
        html.append("\" style=\"");
        if (!annotations.isEmpty()) {
            html.append("background-color:").append(TagColours.of(annotations.getFirst().colour()).background()).append(";box-shadow:");
            for (int i = 0; i < annotations.size(); i++) {
                html.append(i == 0 ? "" : ",").append("inset 0 -").append(3 * (i + 1)).append("px 0 ")
                        .append(TagColours.of(annotations.get(i).colour()).band());
            }
            html.append(';');
        }
        if (!suggestions.isEmpty()) {
            html.append("text-decoration:underline dashed ").append(TagColours.of(suggestions.getFirst().colour()).band())
                    .append(" 2px;text-underline-offset:").append(3 * annotations.size() + 4).append("px;");
        }
        html.append("\">").append(escaped).append("</mark>");
    }

    /** Only "#RRGGBB" reaches a style attribute; anything else is grey. */
    static String safeColour(String colour) {
        return TagColours.safe(colour);
    }
}
