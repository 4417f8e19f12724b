package org.claimtrace.attribution.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.base.Notifications;
import org.claimtrace.security.Role;

/** The attribution tagset: names, colours, keys and descriptions are the admin's; codes stay fixed. */
@Route("tagset")
@PageTitle("Attribution types · Claimtrace")
@RolesAllowed(Role.Names.ADMIN)
class TagsetView extends VerticalLayout {

    private final TagsetService tagset;
    private final Grid<AttributionTag> grid = new Grid<>();

    TagsetView(TagsetService tagset) {
        this.tagset = tagset;
        setSizeFull();
        var add = new Button("Add type", VaadinIcon.PLUS.create(), e -> edit(new AttributionTag()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add, configureGrid());
        refresh();
    }

    private Grid<AttributionTag> configureGrid() {
        grid.setId("tagset");
        grid.addComponentColumn(TagsetView::swatch).setHeader("Colour").setFlexGrow(0).setWidth("9rem");
        grid.addColumn(AttributionTag::getName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(AttributionTag::getCode).setHeader("Code").setFlexGrow(1);
        grid.addColumn(AttributionTag::getShortcutKey).setHeader("Key").setFlexGrow(0).setWidth("5rem");
        grid.addColumn(AttributionTag::getDescription).setHeader("Description").setFlexGrow(3);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();
        return grid;
    }

    private static Span swatch(AttributionTag tag) {
        var swatch = new Span(tag.getColour());
        swatch.getStyle().set("border-left", "1.2em solid " + (tag.getColour().matches("#[0-9A-Fa-f]{6}") ? tag.getColour() : "#888"))
                .set("padding-left", "0.4em");
        return swatch;
    }

    private void refresh() {
        grid.setItems(tagset.list());
    }

    private void edit(AttributionTag tag) {
        var code = new TextField("Code");
        var name = new TextField("Name");
        var colour = new TextField("Colour");
        var shortcutKey = new TextField("Key");
        var description = new TextField("Description");
        code.setReadOnly(tag.getId() != null);
        code.setHelperText(tag.getId() != null ? "Codes never change, so exports stay comparable" : "e.g. PRESS_RELEASE");
        colour.setPlaceholder("#117733");
        shortcutKey.setMaxLength(1);
        shortcutKey.setHelperText("One digit or letter (not " + String.join(", ", TagsetService.RESERVED_KEYS.split("")) + ")");
        var binder = new BeanValidationBinder<>(AttributionTag.class);
        binder.forField(code).bind("code");
        binder.forField(name).bind("name");
        binder.forField(colour).bind("colour");
        binder.forField(shortcutKey).bind("shortcutKey");
        binder.forField(description).bind("description");
        binder.readBean(tag);
        var dialog = new Dialog(tag.getId() == null ? "New attribution type" : "Edit " + tag.getName(),
                new FormLayout(code, name, colour, shortcutKey, description));
        var save = new Button("Save", e -> {
            try {
                binder.writeBean(tag);
                tagset.save(tag);
                dialog.close();
                Notifications.success("Saved " + tag.getName() + ".");
                refresh();
            } catch (ValidationException invalid) {
                // the fields show what is wrong
            } catch (IllegalArgumentException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
