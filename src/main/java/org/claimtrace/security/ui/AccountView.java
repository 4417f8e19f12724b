package org.claimtrace.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.base.Notifications;
import org.claimtrace.security.ApiToken;
import org.claimtrace.security.ApiTokenService;

/** The logged-in user's own account: personal API tokens for scripts. */
@Route("account")
@PageTitle("My account · Claimtrace")
@PermitAll
class AccountView extends VerticalLayout {

    private final ApiTokenService tokens;
    private final Grid<ApiToken> grid = new Grid<>();

    AccountView(ApiTokenService tokens) {
        this.tokens = tokens;
        setSizeFull();
        add(new H2("API tokens"), new Paragraph("A script calls the HTTP API (/api/, described at /api/docs) with HTTP "
                + "Basic: your user name, and a token as the password. A token can do what you can; revoke it when the "
                + "script no longer needs it."), createToolbar(), configureGrid());
        refresh();
    }

    private HorizontalLayout createToolbar() {
        var name = new TextField("Token name");
        name.setPlaceholder("e.g. CMS plug-in");
        name.setMaxLength(ApiToken.NAME_MAX);
        var create = new Button("Create token", VaadinIcon.KEY.create(), e -> create(name));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new HorizontalLayout(name, create);
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    private Grid<ApiToken> configureGrid() {
        grid.setId("api-tokens");
        grid.addColumn(ApiToken::getName).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(t -> t.getTokenPrefix() + "\u2026").setHeader("Token").setKey("token").setFlexGrow(1);
        grid.addColumn(t -> NewsroomDates.utc(t.getCreatedAt())).setHeader("Created").setFlexGrow(1);
        grid.addColumn(t -> t.getLastUsedAt().map(NewsroomDates::utc).orElse("never")).setHeader("Last used").setFlexGrow(1);
        grid.addComponentColumn(this::statusOrRevoke).setHeader("Status").setKey("status").setFlexGrow(1);
        grid.setEmptyStateText("No tokens yet.");
        grid.setSizeFull();
        return grid;
    }

    private Component statusOrRevoke(ApiToken token) {
        if (token.isRevoked()) {
            return new Span("revoked");
        }
        var revoke = new Button("Revoke", e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return revoke;
    }

    private void create(TextField name) {
        try {
            var created = tokens.create(name.getValue());
            name.clear();
            refresh();
            showOnce(created);
        } catch (IllegalArgumentException invalid) {
            Notifications.error(invalid.getMessage());
        }
    }

    /** The token's only showing: after this dialog closes, nobody can read it again, us included. */
    private void showOnce(ApiTokenService.CreatedToken created) {
        var secret = new TextField("Your new token");
        secret.setId("new-token");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setHelperText("Copy it now: it is shown only this once. Claimtrace keeps only a fingerprint of it.");
        var dialog = new Dialog("Token \u201c" + created.token().getName() + "\u201d created", secret);
        dialog.setWidth("36rem");
        var copy = new Button("Copy", VaadinIcon.COPY.create(), e -> {
            secret.getElement().executeJs("navigator.clipboard.writeText($0)", created.secret());
            Notifications.info("Copied to the clipboard.");
        });
        var done = new Button("Done", e -> dialog.close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(copy, done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void confirmRevoke(ApiToken token) {
        var dialog = new Dialog("Revoke \u201c" + token.getName() + "\u201d?",
                new Paragraph("Scripts using this token are refused from now on. This cannot be undone."));
        var revoke = new Button("Revoke token", e -> {
            tokens.revoke(token.getId());
            dialog.close();
            Notifications.success("Revoked " + token.getName() + ".");
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), revoke);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
