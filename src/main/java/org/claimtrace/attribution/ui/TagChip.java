package org.claimtrace.attribution.ui;

import com.vaadin.flow.component.html.Span;
import org.claimtrace.attribution.AttributionTag;

/** An attribution type as the user sees it everywhere: its colour swatch and its name, never colour alone. */
public class TagChip extends Span {

    public TagChip(AttributionTag tag) {
        this(tag, true);
    }

    public TagChip(AttributionTag tag, boolean withKey) {
        addClassName("tag-chip");
        var swatch = new Span();
        swatch.addClassName("swatch");
        swatch.getStyle().set("background-color", tag.getColour().matches("#[0-9A-Fa-f]{6}") ? tag.getColour() : "#888888");
        add(swatch, new Span(tag.getName()));
        if (withKey && tag.getShortcutKey() != null) {
            var key = new Span(tag.getShortcutKey());
            key.addClassName("key");
            add(key);
        }
        if (tag.getDescription() != null) {
            setTitle(tag.getDescription());
        }
    }
}
