package org.claimtrace.reader.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.ClaimSuggestion;
import org.claimtrace.attribution.ui.TagChip;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** The detector's pending suggestions, each opened to accept, edit or dismiss. */
class SuggestionList extends Div {

    private final IntConsumer onOpen;

    SuggestionList(IntConsumer onOpen) {
        this.onOpen = onOpen;
        addClassName("suggestion-list");
        setId("suggestion-list");
    }

    void show(List<ClaimSuggestion> suggestions, Map<String, AttributionTag> tags) {
        removeAll();
        if (suggestions.isEmpty()) {
            add(new Span("No pending suggestions."));
        }
        for (int i = 0; i < suggestions.size(); i++) {
            var suggestion = suggestions.get(i);
            var item = new Div();
            item.addClassName("claim-item");
            item.addClassName("suggested");
            var tag = tags.get(suggestion.type().name());
            if (tag != null) {
                item.add(new TagChip(tag));
            }
            var quote = suggestion.quote();
            item.add(new Div(quote.length() > 160 ? quote.substring(0, 157) + "…" : quote));
            item.add(new Div("Cue: " + suggestion.cue() + (suggestion.sourceAsWritten() == null ? "" : " · " + suggestion.sourceAsWritten())));
            int index = i;
            item.addClickListener(e -> onOpen.accept(index));
            add(item);
        }
    }
}
