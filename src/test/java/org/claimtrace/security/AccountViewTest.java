package org.claimtrace.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AccountViewTest extends KaribuTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    ApiTokenVerifier verifier;

    private String loggedInViewer() {
        var name = "account-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTask.run(() -> accounts.create(name, "a long enough password", Set.of(Role.VIEWER)));
        login(name, Role.Names.VIEWER);
        UI.getCurrent().navigate("account");
        return name;
    }

    @SuppressWarnings("unchecked")
    private static Grid<ApiToken> tokenGrid() {
        return _get(Grid.class, spec -> spec.withId("api-tokens"));
    }

    @Test
    void aUserCreatesATokenSeesItOnceAndRevokesIt() {
        var user = loggedInViewer();
        assertThat(_size(tokenGrid())).isZero();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Token name")), "newsroom notebook");
        _click(_get(Button.class, spec -> spec.withText("Create token")));
        var shown = _get(TextField.class, spec -> spec.withId("new-token"));
        var secret = shown.getValue();
        assertThat(secret).startsWith("ct_").hasSize(46);
        assertThat(shown.getHelperText()).contains("shown only this once");
        assertThat(verifier.ownerOf(secret)).contains(user);

        _click(_get(Button.class, spec -> spec.withText("Done")));
        assertThat(_find(TextField.class, spec -> spec.withId("new-token"))).isEmpty();
        UI.getCurrent().navigate("account");
        assertThat(_find(TextField.class)).noneMatch(f -> f.getValue().equals(secret));
        assertThat(_size(tokenGrid())).isEqualTo(1);
        var row = _getFormattedRow(tokenGrid(), 0);
        assertThat(row.get(0)).isEqualTo("newsroom notebook");
        assertThat(row.get(1)).isEqualTo(secret.substring(0, 10) + "\u2026");
        assertThat(row.get(3)).isEqualTo("never");

        _click((Button) _getCellComponent(tokenGrid(), 0, "status"));
        _click(_get(Button.class, spec -> spec.withText("Revoke token")));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Revoked newsroom notebook"));
        assertThat(((Span) _getCellComponent(tokenGrid(), 0, "status")).getText()).isEqualTo("revoked");
        assertThat(verifier.ownerOf(secret)).isEmpty();
    }

    @Test
    void aTokenNeedsAName() {
        loggedInViewer();
        _click(_get(Button.class, spec -> spec.withText("Create token")));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Name the token"));
        assertThat(_size(tokenGrid())).isZero();
    }

    @Test
    void cancellingTheRevocationKeepsTheToken() {
        loggedInViewer();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Token name")), "keep me");
        _click(_get(Button.class, spec -> spec.withText("Create token")));
        var secret = _get(TextField.class, spec -> spec.withId("new-token")).getValue();
        _click(_get(Button.class, spec -> spec.withText("Done")));
        _click((Button) _getCellComponent(tokenGrid(), 0, "status"));
        _click(_get(Button.class, spec -> spec.withText("Cancel")));
        assertThat(verifier.ownerOf(secret)).isPresent();
    }
}
