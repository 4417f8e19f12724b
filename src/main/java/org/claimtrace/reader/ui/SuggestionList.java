package org.claimtrace.reader.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.ClaimSuggestion;
import org.claimtrace.attribution.ui.TagChip;
import org.claimtrace.base.Snippets;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** The detector's pending suggestions, each opened to accept, edit or dismiss. */
class SuggestionList extends Div {

    private final IntConsumer onOpen;
    private List<ClaimSuggestion> shown;
    private Map<String, AttributionTag> shownTags;

    SuggestionList(IntConsumer onOpen) {
        this.onOpen = onOpen;
        addClassName("suggestion-list");
        setId("suggestion-list");
    }

    void show(List<ClaimSuggestion> suggestions, Map<String, AttributionTag> tags) {
        if (suggestions.equals(shown) && tags.equals(shownTags)) {
            return; // another editor's change left the suggestions as they were: nothing to build again or send
        }
        shown = List.copyOf(suggestions);
        shownTags = tags;
        removeAll();
        if (suggestions.isEmpty()) {
            var none = new Span("No pending suggestions.");
            none.addClassName("hint");
            add(none);
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
            var text = new Div(Snippets.cut(quote, 160));
            if (quote.length() > 160) {
                text.getElement().setAttribute("title", quote);
            }
            item.add(text);
            var cue = new Div("Cue: " + suggestion.cue() + (suggestion.sourceAsWritten() == null ? "" : " \u00b7 " + suggestion.sourceAsWritten()));
            cue.addClassName("claim-source");
            item.add(cue);
            int index = i;
            item.addClickListener(e -> onOpen.accept(index));
            ReaderPanel.keyboardActivated(item, () -> onOpen.accept(index));
            add(item);
        }
    }
}
