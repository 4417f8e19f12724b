package org.claimtrace.api;

import org.claimtrace.security.ApiTokenService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A script authenticates with the user name and a personal token in place of the password. */
class ApiTokenAuthenticationTest extends ApiTest {

    @Autowired
    ApiTokenService tokens;

    private <T> T as(Credentials user, String role, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.user(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ApiTokenService.CreatedToken tokenOf(Credentials user, String role, String name) {
        return as(user, role, () -> tokens.create(name));
    }

    @Test
    void aTokenWorksInPlaceOfThePasswordWithTheUsersRoles() {
        var created = tokenOf(EDITOR, "EDITOR", "import script");
        assertThat(created.secret()).startsWith("ct_").hasSize(46);
        var withToken = EDITOR.withPassword(created.secret());
        assertThat(get("/api/articles", withToken).status()).isEqualTo(200);
        var imported = post("/api/articles", Map.of("outlet", Map.of("name", "Token Test Wire"), "headline", "By token",
                "text", org.claimtrace.article.ArticleFixtures.uniqueText("Imported by a script.")), withToken);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(imported.headers().allValues("Set-Cookie")).isEmpty();

        var listed = as(EDITOR, "EDITOR", () -> tokens.mine());
        var mine = listed.stream().filter(t -> t.getName().equals("import script")).findFirst().orElseThrow();
        assertThat(mine.getLastUsedAt()).isPresent();
        assertThat(mine.getTokenPrefix()).isEqualTo(created.secret().substring(0, 10));
    }

    @Test
    void aViewersTokenHasTheViewersRole() {
        var created = tokenOf(VIEWER, "VIEWER", "reader");
        var response = post("/api/articles", Map.of("outlet", Map.of("name", "X"), "headline", "Y", "text", "Z"),
                VIEWER.withPassword(created.secret()));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aRevokedTokenIsRefused() {
        var created = tokenOf(EDITOR, "EDITOR", "old laptop");
        var withToken = EDITOR.withPassword(created.secret());
        assertThat(get("/api/claims", withToken).status()).isEqualTo(200);
        as(EDITOR, "EDITOR", () -> {
            tokens.revoke(created.token().getId());
            return null;
        });
        var refused = get("/api/claims", withToken);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Claimtrace\"");
        assertThat(get("/api/claims", EDITOR).status()).isEqualTo(200);
    }

    @Test
    void aTokenOnlyWorksForItsOwner() {
        var created = tokenOf(EDITOR, "EDITOR", "shared by mistake");
        assertThat(get("/api/articles", VIEWER.withPassword(created.secret())).status()).isEqualTo(401);
        assertThat(get("/api/articles", new Credentials("nobody-" + created.secret().substring(3, 9), created.secret())).status())
                .isEqualTo(401);
    }

    @Test
    void aMadeUpTokenIsRefused() {
        var created = tokenOf(EDITOR, "EDITOR", "genuine");
        var forged = created.secret().substring(0, 45) + (created.secret().endsWith("A") ? "B" : "A");
        assertThat(get("/api/articles", EDITOR.withPassword(forged)).status()).isEqualTo(401);
    }
}
