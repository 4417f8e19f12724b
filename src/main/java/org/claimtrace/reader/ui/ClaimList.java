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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The article's claims beside the text, in reading order, with counts per type; orphans listed apart. */
class ClaimList extends Div {

    private final Consumer<ClaimAnnotation> onOpen;
    private Map<String, AttributionTag> tags = Map.of();

    ClaimList(Consumer<ClaimAnnotation> onOpen) {
        this.onOpen = onOpen;
        addClassName("claim-list");
        setId("claim-list");
    }

    void show(List<ClaimAnnotation> annotations, Map<String, AttributionTag> tags) {
        this.tags = tags;
        removeAll();
        var counts = new LinkedHashMap<String, Integer>();
        tags.keySet().forEach(code -> counts.put(code, 0));
        annotations.forEach(a -> counts.merge(a.getAttribution().getTypeCode(), 1, Integer::sum));
        var summary = new Div();
        summary.addClassName("type-counts");
        counts.forEach((code, n) -> {
            if (n > 0 && tags.containsKey(code)) {
                var chip = new TagChip(tags.get(code), false);
                var count = new Span(Integer.toString(n));
                count.addClassName("count");
                chip.add(count);
                summary.add(chip);
            }
        });
        add(summary);
        if (annotations.isEmpty()) {
            add(new Span("No claims yet. Select words in the text, or accept a suggestion."));
        }
        // lazily rendered: an article may have a thousand claims
        var anchored = new VirtualList<ClaimAnnotation>();
        anchored.setItems(annotations.stream().filter(a -> a.getAnchorState() != AnchorState.ORPHANED).toList());
        anchored.setRenderer(new ComponentRenderer<>(this::row));
        anchored.addClassName("claim-virtual-list");
        add(anchored);
        var orphans = annotations.stream().filter(a -> a.getAnchorState() == AnchorState.ORPHANED).toList();
        if (!orphans.isEmpty()) {
            add(new H4("Orphaned (" + orphans.size() + ")"));
            add(new Span("Their text is gone from this revision. Open one and select new text to re-attach it."));
            orphans.forEach(a -> add(item(a, tags)));
        }
    }

    /** One row as the list renders it (lazily, in the browser, for the anchored claims). */
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
            var linked = new Span("linked across outlets");
            linked.addClassName("state-linked");
            item.add(linked);
        }
        if (annotation.getAnchorState() == AnchorState.TEXT_CHANGED) {
            var changed = new Span("text changed");
            changed.addClassName("state-changed");
            item.add(changed);
        }
        var quote = annotation.getQuote();
        var text = new Div(quote.length() > 160 ? quote.substring(0, 157) + "…" : quote);
        text.addClassName("claim-quote");
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
