package org.claimtrace.article.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletService;

/** The "Any outlet" filter the lists of annotations, claims and a new review session's claims share. */
public final class OutletFilter {

    private OutletFilter() {
    }

    public static ComboBox<Outlet> configure(ComboBox<Outlet> outlet, OutletService outlets) {
        outlet.setPlaceholder("Any outlet");
        outlet.setAriaLabel("Outlet");
        outlet.setItems(outlets.list());
        outlet.setItemLabelGenerator(Outlet::getName);
        outlet.setClearButtonVisible(true);
        return outlet;
    }
}
