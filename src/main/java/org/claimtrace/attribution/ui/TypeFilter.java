package org.claimtrace.attribution.ui;

import com.vaadin.flow.component.select.Select;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagsetService;

/** The "Any attribution" filter the lists of annotations, claims and a new review session's claims share. */
public final class TypeFilter {

    private TypeFilter() {
    }

    public static Select<AttributionTag> configure(Select<AttributionTag> type, TagsetService tagset) {
        type.setItems(tagset.list());
        type.setItemLabelGenerator(t -> t == null ? "Any attribution" : t.getName());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any attribution");
        type.setAriaLabel("Attribution type");
        return type;
    }
}
