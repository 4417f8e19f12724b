package org.claimtrace.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimtrace.base.Notifications;
import org.claimtrace.security.AppUser;
import org.claimtrace.security.Role;
import org.claimtrace.security.UserAccountService;

import java.util.stream.Collectors;

@Route("users")
@PageTitle("Users · Claimtrace")
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends VerticalLayout {

    private final UserAccountService accounts;
    private final Grid<AppUser> grid = new Grid<>();

    UsersView(UserAccountService accounts) {
        this.accounts = accounts;
        setSizeFull();
        var add = new Button("Add user", VaadinIcon.PLUS.create(), e -> openNewUserDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("users");
        grid.addColumn(AppUser::getUsername).setHeader("User name");
        grid.addColumn(user -> user.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles");
        grid.addColumn(user -> !user.isEnabled() ? "disabled" : user.isPasswordChangeRequired() ? "must change password" : "active")
                .setHeader("Status");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setSizeFull();
        add(add, grid);
        refresh();
    }

    private com.vaadin.flow.component.Component actions(AppUser user) {
        var toggle = new Button(user.isEnabled() ? "Disable" : "Enable", e -> {
            try {
                accounts.setEnabled(user.getId(), !user.isEnabled());
                Notifications.success((user.isEnabled() ? "Disabled " : "Enabled ") + user.getUsername()
                        + (user.isEnabled() ? ": their work stays, their log-ins and API tokens stop working." : "."));
                refresh();
            } catch (IllegalArgumentException refused) {
                Notifications.error(refused.getMessage());
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var reset = new Button("Reset password", e -> openResetDialog(user));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(toggle, reset);
    }

    private void openResetDialog(AppUser user) {
        var password = new PasswordField("New password");
        password.setHelperText("At least " + UserAccountService.PASSWORD_MIN + " characters; "
                + user.getUsername() + " must change it at the next login");
        var dialog = new Dialog("Reset the password of " + user.getUsername(), new FormLayout(password));
        var save = new Button("Reset password", e -> {
            try {
                accounts.resetPassword(user.getId(), password.getValue());
                dialog.close();
                Notifications.success("Reset the password of " + user.getUsername() + ". Tell them the new one in person.");
                refresh();
            } catch (IllegalArgumentException invalid) {
                Notifications.error(invalid.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private void openNewUserDialog() {
        var username = new TextField("User name");
        username.setMaxLength(AppUser.USERNAME_MAX);
        var password = new PasswordField("Password");
        password.setHelperText("At least " + UserAccountService.PASSWORD_MIN + " characters");
        var roles = new CheckboxGroup<Role>("Roles");
        roles.setItems(Role.values());
        var dialog = new Dialog("New user", new FormLayout(username, password, roles));
        var save = new Button("Create", e -> {
            try {
                accounts.create(username.getValue(), password.getValue(), roles.getValue());
                dialog.close();
                Notifications.success("Created " + username.getValue().strip() + ".");
                refresh();
            } catch (IllegalArgumentException invalid) {
                Notifications.error(invalid.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
