package org.claimtrace.attribution.ui;

import com.vaadin.flow.component.html.Span;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagColours;

/** An attribution type as the user sees it everywhere: its colour swatch and its name, never colour alone. */
public class TagChip extends Span {

    public TagChip(AttributionTag tag) {
        this(tag, true);
    }

    public TagChip(AttributionTag tag, boolean withKey) {
        addClassName("tag-chip");
        var swatch = new Span();
        swatch.addClassName("swatch");
        swatch.getStyle().set("background-color", TagColours.of(tag.getColour()).band());
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
