package org.claimtrace.reader.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
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
 * hidden made the browser fail on the next tab switch.
 */
class ClaimList extends Div {

    private final Consumer<ClaimAnnotation> onOpen;
    private final Div summary = new Div();
    private final Span empty = new Span("No annotations yet. Select words in the text and press \u201cNew annotation\u201d, or accept a suggestion.");
    private final VirtualList<ClaimAnnotation> anchored = new VirtualList<>();
    private final Div orphans = new Div();
    private Map<String, AttributionTag> tags = Map.of();

    ClaimList(Consumer<ClaimAnnotation> onOpen) {
        this.onOpen = onOpen;
        addClassName("claim-list");
        setId("claim-list");
        summary.addClassName("type-counts");
        empty.addClassName("hint");
        // lazily rendered: an article may have a thousand annotations
        anchored.setRenderer(new ComponentRenderer<>(this::row));
        anchored.addClassName("claim-virtual-list");
        anchored.getElement().setAttribute("aria-label", "Annotations in this article");
        add(summary, empty, anchored, orphans);
    }

    void show(List<ClaimAnnotation> annotations, Map<String, AttributionTag> tags) {
        this.tags = tags;
        summary.removeAll();
        var counts = new LinkedHashMap<String, Integer>();
        tags.keySet().forEach(code -> counts.put(code, 0));
        annotations.forEach(a -> counts.merge(a.getAttribution().getTypeCode(), 1, Integer::sum));
        counts.forEach((code, n) -> {
            if (n > 0 && tags.containsKey(code)) {
                var chip = new TagChip(tags.get(code), false);
                var count = new Span(Integer.toString(n));
                count.addClassName("count");
                chip.add(count);
                summary.add(chip);
            }
        });
        empty.setVisible(annotations.isEmpty());
        anchored.setItems(annotations.stream().filter(a -> a.getAnchorState() != AnchorState.ORPHANED).toList());
        orphans.removeAll();
        var lost = annotations.stream().filter(a -> a.getAnchorState() == AnchorState.ORPHANED).toList();
        if (!lost.isEmpty()) {
            orphans.add(new H4("Orphaned (" + lost.size() + ")"));
            orphans.add(new Span("Their text is gone from this revision. Open one and select new text to re-attach it."));
            lost.forEach(a -> orphans.add(item(a, tags)));
        }
    }

    /** One row as the list renders it (lazily, in the browser, for the anchored annotations). */
    Div row(ClaimAnnotation annotation) {
        return item(annotation, tags);
    }

    private Div item(ClaimAnnotation annotation, Map<String, AttributionTag> tags) {
        var item = new Div();
        item.addClassName("claim-item");
        item.getElement().setAttribute("data-id", annotation.getId().toString());
        var tag = tags.get(annotation.getAttribution().getTypeCode());
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
        var source = annotation.getAttribution().getSourceAsWritten();
        if (source != null && !source.isBlank()) {
            var s = new Div("Source: " + source);
            s.addClassName("claim-source");
            item.add(s);
        }
        item.addClickListener(e -> onOpen.accept(annotation));
        return item;
    }
}
