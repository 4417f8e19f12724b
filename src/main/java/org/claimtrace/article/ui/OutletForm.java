package org.claimtrace.article.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletKind;

/** Edits one outlet; reports back through {@link #writeTo}, the owning view saves. */
class OutletForm extends FormLayout {

    final TextField name = new TextField("Name");
    final Select<OutletKind> kind = new Select<>();
    final TextField country = new TextField("Country");
    final TextField homepage = new TextField("Homepage");
    private final BeanValidationBinder<Outlet> binder = new BeanValidationBinder<>(Outlet.class);

    OutletForm() {
        kind.setLabel("Kind");
        kind.setItems(OutletKind.values());
        kind.setItemLabelGenerator(OutletKind::label);
        name.setMaxLength(Outlet.NAME_MAX);
        country.setMaxLength(Outlet.COUNTRY_MAX);
        homepage.setMaxLength(Outlet.HOMEPAGE_MAX);
        homepage.setPlaceholder("https://");
        binder.bindInstanceFields(this);
        add(name, kind, country, homepage);
    }

    void read(Outlet outlet) {
        binder.readBean(outlet);
    }

    /** @return false, with the fields marked, when the values are not valid */
    boolean writeTo(Outlet outlet) {
        try {
            binder.writeBean(outlet);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }
}
