package org.claimtrace.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletService;
import org.claimtrace.base.Notifications;
import org.claimtrace.security.Role;

@Route("outlets")
@PageTitle("Outlets · Claimtrace")
@PermitAll
class OutletsView extends VerticalLayout {

    private final OutletService outlets;
    private final Grid<Outlet> grid = new Grid<>();
    private final boolean canEdit;

    OutletsView(OutletService outlets, AuthenticationContext authentication) {
        this.outlets = outlets;
        this.canEdit = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.EDITOR);
        setSizeFull();
        if (canEdit) {
            var add = new Button("Add outlet", VaadinIcon.PLUS.create(), e -> edit(new Outlet()));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        add(configureGrid());
        refresh();
    }

    private Grid<Outlet> configureGrid() {
        grid.setId("outlets");
        grid.addColumn(Outlet::getName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(outlet -> outlet.getKind().label()).setHeader("Kind");
        grid.addColumn(Outlet::getCountry).setHeader("Country");
        grid.addComponentColumn(outlet -> outlet.getHomepage() == null ? new Anchor()
                : new Anchor(outlet.getHomepage(), outlet.getHomepage(), AnchorTarget.BLANK)).setHeader("Homepage").setFlexGrow(2);
        if (canEdit) {
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
        grid.setSizeFull();
        return grid;
    }

    private void refresh() {
        grid.setItems(outlets.list());
    }

    private void edit(Outlet outlet) {
        var form = new OutletForm();
        form.read(outlet);
        var dialog = new Dialog(outlet.getId() == null ? "New outlet" : "Edit outlet", form);
        var save = new Button("Save", e -> {
            if (!form.writeTo(outlet)) {
                return;
            }
            try {
                outlets.save(outlet);
                dialog.close();
                Notifications.success("Saved " + outlet.getName() + ".");
                refresh();
            } catch (IllegalArgumentException invalid) {
                form.name.setInvalid(true);
                form.name.setErrorMessage(invalid.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
