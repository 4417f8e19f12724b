package org.claimtrace.security;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersViewTest extends KaribuTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @SuppressWarnings("unchecked")
    void anAdminCreatesAnEditorWhoCanThenLogIn() {
        login("admin", Role.Names.ADMIN);
        UI.getCurrent().navigate("users");
        _click(_get(Button.class, spec -> spec.withText("Add user")));
        var name = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        _setValue(_get(TextField.class, spec -> spec.withLabel("User name")), name);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "short");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withLabel("Roles")), Set.of(Role.EDITOR));
        _click(_get(Button.class, spec -> spec.withText("Create")));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("at least 8 characters"));
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "long enough password");
        _click(_get(Button.class, spec -> spec.withText("Create")));
        var created = users.loadUserByUsername(name);
        assertThat(created.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
        assertThat(passwordEncoder.matches("long enough password", created.getPassword())).isTrue();
    }

    @Test
    void anEditorCannotManageUsers() {
        login("ed", Role.Names.EDITOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate("users")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Autowired
    UserAccountService accounts;

    @Test
    void aUserWithAResetPasswordSeesOnlyChangePasswordUntilTheyChangeIt() {
        var name = "reset-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTask.run(() -> {
            var user = accounts.create(name, "first password", Set.of(Role.EDITOR));
            accounts.resetPassword(user.getId(), "made for you");
        });
        login(name, Role.Names.EDITOR);
        UI.getCurrent().navigate("claims");
        _get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Change password"));

        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Current password")), "made for you");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "my own choice");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password again")), "my own choice");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        assertThat(accounts.passwordChangeRequired(name)).isFalse();
        UI.getCurrent().navigate("claims");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.H2.class,
                spec -> spec.withText("Change password"))).isEmpty();
    }

    @Test
    void withoutLoggingInChangePasswordIsNotOpen() {
        try {
            UI.getCurrent().navigate("password");
        } catch (MockAccessDeniedException refused) {
            return;
        }
        _get(com.vaadin.flow.component.login.LoginForm.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.H2.class,
                spec -> spec.withText("Change password"))).isEmpty();
    }
}
