package org.claimtrace.reader.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.claimtrace.attribution.TagColours;
import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.ui.TagChip;
import org.claimtrace.base.Snippets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The article's annotations beside the text, in reading order, with counts per type; orphans listed apart.
 * One virtual list lives as long as the panel and only gets new items: a list rebuilt while its tab is
 * hidden made the browser fail on the next tab switch. Its rows are a Lit template filled in the browser from
 * a few values per row, not server-side components: when another editor's change reaches fifty open readers,
 * each sends the visible rows' values instead of building their components again (decision 024).
 */
class ClaimList extends Div {

    private final Consumer<ClaimAnnotation> onOpen;
    private final Div summary = new Div();
    private final Span empty = new Span("No annotations yet. Select words in the text and press \u201cNew annotation\u201d, or accept a suggestion.");
    private final VirtualList<ClaimAnnotation> anchored = new VirtualList<>();
    private final Div orphans = new Div();
    private Map<String, AttributionTag> tags = Map.of();
    /** The count shown for each type in the summary, in the summary's order. */
    private final Map<String, Span> countSpans = new LinkedHashMap<>();
    private final LitRenderer<ClaimAnnotation> rows = rowRenderer();

    ClaimList(Consumer<ClaimAnnotation> onOpen) {
        this.onOpen = onOpen;
        addClassName("claim-list");
        setId("claim-list");
        summary.addClassName("type-counts");
        empty.addClassName("hint");
        // lazily rendered: an article may have a thousand annotations
        anchored.setRenderer(rows);
        anchored.addClassName("claim-virtual-list");
        anchored.getElement().setAttribute("aria-label", "Annotations in this article");
        add(summary, empty, anchored, orphans);
    }

    void show(List<ClaimAnnotation> annotations, Map<String, AttributionTag> tags) {
        showCounts(annotations, tags);
        this.tags = tags;
        empty.setVisible(annotations.isEmpty());
        anchored.setItems(annotations.stream().filter(a -> a.getAnchorState() != AnchorState.ORPHANED).toList());
        orphans.removeAll();
        var lost = annotations.stream().filter(a -> a.getAnchorState() == AnchorState.ORPHANED).toList();
        if (!lost.isEmpty()) {
            orphans.add(new H4("Orphaned (" + lost.size() + ")"));
            orphans.add(new Span("Their text is gone from this revision. Open one and select new text to re-attach it."));
            lost.forEach(a -> orphans.add(item(a)));
        }
    }

    /**
     * The count per type. When the same types are counted as before only the numbers change (a change elsewhere
     * sends each open reader a number or two, not new chips); the chips are made again when a type comes or goes.
     */
    private void showCounts(List<ClaimAnnotation> annotations, Map<String, AttributionTag> tags) {
        var counts = new LinkedHashMap<String, Integer>();
        tags.keySet().forEach(code -> counts.put(code, 0));
        annotations.forEach(a -> counts.merge(a.getAttribution().getTypeCode(), 1, Integer::sum));
        counts.entrySet().removeIf(e -> e.getValue() == 0 || !tags.containsKey(e.getKey()));
        if (tags.equals(this.tags) && counts.keySet().equals(countSpans.keySet())) {
            counts.forEach((code, n) -> countSpans.get(code).setText(Integer.toString(n)));
            return;
        }
        summary.removeAll();
        countSpans.clear();
        counts.forEach((code, n) -> {
            var chip = new TagChip(tags.get(code), false);
            var count = new Span(Integer.toString(n));
            count.addClassName("count");
            chip.add(count);
            summary.add(chip);
            countSpans.put(code, count);
        });
    }

    /** The renderer of the anchored annotations' rows (its values per row are what the browser receives). */
    LitRenderer<ClaimAnnotation> rows() {
        return rows;
    }

    /** The anchored annotations' rows, drawn in the browser: the same markup and classes as {@link #item}. */
    private LitRenderer<ClaimAnnotation> rowRenderer() {
        return LitRenderer.<ClaimAnnotation>of("""
                        <div class="claim-item" data-id="${item.id}" @click="${open}">\
                        <span class="tag-chip" ?hidden="${!item.tag}" title="${item.tagTitle}">\
                        <span class="swatch" style="background-color: ${item.colour}"></span><span>${item.tag}</span></span>\
                        <span class="state-linked" ?hidden="${!item.linked}" title="An appearance of a claim carried by other outlets too">${item.linked}</span>\
                        <span class="state-changed" ?hidden="${!item.changed}">${item.changed}</span>\
                        <div class="claim-quote" title="${item.fullQuote}">${item.quote}</div>\
                        <div class="claim-source" ?hidden="${!item.source}">${item.source}</div>\
                        </div>""")
                .withProperty("id", ClaimAnnotation::getId)
                .withProperty("tag", a -> tagOf(a) == null ? "" : tagOf(a).getName())
                .withProperty("tagTitle", a -> tagOf(a) == null || tagOf(a).getDescription() == null ? "" : tagOf(a).getDescription())
                .withProperty("colour", a -> tagOf(a) == null ? "" : TagColours.of(tagOf(a).getColour()).band())
                .withProperty("linked", a -> a.getClaimId() != null ? "in a claim" : "")
                .withProperty("changed", a -> a.getAnchorState() == AnchorState.TEXT_CHANGED ? "text changed" : "")
                .withProperty("quote", a -> Snippets.cut(a.getQuote(), 160))
                .withProperty("fullQuote", a -> a.getQuote().length() > 160 ? a.getQuote() : "")
                .withProperty("source", a -> sourceOf(a) == null ? "" : "Source: " + sourceOf(a))
                .withFunction("open", annotation -> onOpen.accept(annotation));
    }

    private AttributionTag tagOf(ClaimAnnotation annotation) {
        return tags.get(annotation.getAttribution().getTypeCode());
    }

    private static String sourceOf(ClaimAnnotation annotation) {
        var source = annotation.getAttribution().getSourceAsWritten();
        return source == null || source.isBlank() ? null : source;
    }

    /** An orphaned annotation's row (orphans are few, so they are components). */
    private Div item(ClaimAnnotation annotation) {
        var item = new Div();
        item.addClassName("claim-item");
        item.getElement().setAttribute("data-id", annotation.getId().toString());
        var tag = tagOf(annotation);
        if (tag != null) {
            item.add(new TagChip(tag, false));
        }
        if (annotation.getClaimId() != null) {
            var linked = new Span("in a claim");
            linked.addClassName("state-linked");
            linked.getElement().setAttribute("title", "An appearance of a claim carried by other outlets too");
            item.add(linked);
        }
        if (annotation.getAnchorState() == AnchorState.TEXT_CHANGED) {
            var changed = new Span("text changed");
            changed.addClassName("state-changed");
            item.add(changed);
        }
        var quote = annotation.getQuote();
        var text = new Div(Snippets.cut(quote, 160));
        text.addClassName("claim-quote");
        if (quote.length() > 160) {
            text.getElement().setAttribute("title", quote);
        }
        item.add(text);
        var source = sourceOf(annotation);
        if (source != null) {
            var s = new Div("Source: " + source);
            s.addClassName("claim-source");
            item.add(s);
        }
        item.addClickListener(e -> onOpen.accept(annotation));
        return item;
    }
}
