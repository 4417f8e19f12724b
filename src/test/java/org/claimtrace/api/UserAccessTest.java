package org.claimtrace.api;

import org.claimtrace.security.ApiTokenService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.claimtrace.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An administrator disables users and resets passwords; what that does to their logins, tokens and work. */
class UserAccessTest extends ApiTest {

    @Autowired
    ApiTokenService tokens;

    private <T> T as(String user, String role, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long newEditor(String name) {
        return SystemTask.call(() -> accounts.create(name, PASSWORD, Set.of(Role.EDITOR)).getId());
    }

    @Test
    void aDisabledUsersTokenStopsWorkingWhileTheirWorkStays() {
        var name = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        long id = newEditor(name);
        var secret = as(name, "EDITOR", () -> tokens.create("script").secret());
        var withToken = new Credentials(name, secret);
        var created = post("/api/articles", Map.of("outlet", Map.of("name", "Leaver Gazette"), "headline", "Before leaving",
                "text", org.claimtrace.article.ArticleFixtures.uniqueText("The council said the road reopens.")), withToken);
        assertThat(created.status()).isEqualTo(201);
        long article = created.json().get("id").asLong();

        SystemTask.call(() -> accounts.setEnabled(id, false));

        var refused = get("/api/articles", withToken);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("message").asString()).contains("disabled");
        assertThat(get("/api/articles", new Credentials(name, PASSWORD)).status()).isEqualTo(401);
        assertThat(get("/api/articles/" + article, VIEWER).status()).as("their work stays").isEqualTo(200);

        SystemTask.call(() -> accounts.setEnabled(id, true));
        assertThat(get("/api/articles", withToken).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        long adminId = SystemTask.call(() -> accounts.list().stream().filter(u -> u.getUsername().equals("admin")).findFirst().orElseThrow().getId());
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> accounts.setEnabled(adminId, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("your own account");
    }

    @Test
    void aResetPasswordMustBeChangedBeforeItOpensTheApi() {
        var name = "forgetful-" + UUID.randomUUID().toString().substring(0, 8);
        long id = newEditor(name);
        SystemTask.call(() -> accounts.resetPassword(id, "temporary-password"));
        assertThat(SystemTask.call(() -> accounts.passwordChangeRequired(name))).isTrue();

        var refused = get("/api/articles", new Credentials(name, "temporary-password"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("message").asString()).contains("must be changed");

        as(name, "EDITOR", () -> {
            accounts.changeOwnPassword("temporary-password", "my own password");
            return null;
        });
        assertThat(accounts.passwordChangeRequired(name)).isFalse();
        assertThat(get("/api/articles", new Credentials(name, "my own password")).status()).isEqualTo(200);
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOne() {
        var name = "careful-" + UUID.randomUUID().toString().substring(0, 8);
        newEditor(name);
        assertThatThrownBy(() -> as(name, "EDITOR", () -> {
            accounts.changeOwnPassword("not the password", "my new password");
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("current password");
    }

    @Test
    void anEditorMayNotDisableUsers() {
        long id = newEditor("victim-" + UUID.randomUUID().toString().substring(0, 8));
        assertThatThrownBy(() -> as("ed", "EDITOR", () -> accounts.setEnabled(id, false))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEditorMayNotResetPasswords() {
        long id = newEditor("victim-" + UUID.randomUUID().toString().substring(0, 8));
        assertThatThrownBy(() -> as("ed", "EDITOR", () -> accounts.resetPassword(id, "taken over!")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodyChangesAPasswordWithoutLoggingIn() {
        assertThatThrownBy(() -> accounts.changeOwnPassword(PASSWORD, "another password"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
