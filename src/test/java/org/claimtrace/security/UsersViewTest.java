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
}
