package org.claimtrace.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.base.Notifications;
import org.claimtrace.security.UserAccountService;

/** Where a user chooses a new password; the only page open while a generated or reset password must be changed. */
@Route("password")
@PageTitle("Change password · Claimtrace")
@PermitAll
class ChangePasswordView extends VerticalLayout {

    ChangePasswordView(UserAccountService accounts) {
        var current = new PasswordField("Current password");
        var chosen = new PasswordField("New password");
        chosen.setHelperText("At least " + UserAccountService.PASSWORD_MIN + " characters");
        var repeated = new PasswordField("New password again");
        var save = new Button("Change password", e -> {
            if (!chosen.getValue().equals(repeated.getValue())) {
                Notifications.error("The two new passwords differ.");
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), chosen.getValue());
                Notifications.success("Your password is changed.");
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (IllegalArgumentException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var intro = new Paragraph("Choose a password only you know. A password made for you (the first administrator's, "
                + "or one an administrator reset) must be changed before you go on.");
        add(new H2("Change password"), intro, new FormLayout(current, chosen, repeated), save);
        setMaxWidth("40rem");
    }
}
