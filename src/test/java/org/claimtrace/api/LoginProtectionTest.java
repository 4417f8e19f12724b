package org.claimtrace.api;

import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Logins resist abuse: no login CSRF, guessing is throttled without telling who exists, headers and cookie hardened. */
class LoginProtectionTest extends ApiTest {

    private static final int ACCOUNT_TRIES = 10;

    @org.springframework.beans.factory.annotation.Autowired
    org.claimtrace.security.ApiTokenService tokens;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Credentials newUser() {
        var name = "guard-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTask.run(() -> accounts.create(name, PASSWORD, Set.of(Role.EDITOR)));
        return new Credentials(name, PASSWORD);
    }

    private HttpResponse<String> formLogin(Credentials as, String origin) throws Exception {
        var body = "username=" + URLEncoder.encode(as.user(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(as.password(), StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> page(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefusedEvenWithTheRightPassword() throws Exception {
        var user = newUser();
        var foreign = formLogin(user, "https://attacker.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

        var ours = formLogin(user, "http://localhost:" + port);
        assertThat(ours.statusCode()).isEqualTo(302);
        assertThat(ours.headers().firstValue("Location").orElse("")).doesNotContain("login");
    }

    @Test
    void afterTooManyWrongPasswordsTheFormRefusesEvenTheRightOneWithAMessage() throws Exception {
        var user = newUser();
        for (int i = 0; i < ACCOUNT_TRIES; i++) {
            assertThat(formLogin(user.withPassword("wrong-" + i), null).headers().firstValue("Location").orElse(""))
                    .contains("/login?error");
        }
        var right = formLogin(user, null);
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElse("")).contains("/login?throttled=");
    }

    @Test
    void afterTooManyWrongPasswordsTheApiAnswers429WithRetryAfterAndATokenStillWorks() throws Exception {
        var user = newUser();
        for (int i = 0; i < ACCOUNT_TRIES; i++) {
            assertThat(get("/api/articles", user.withPassword("wrong-" + i)).status()).isEqualTo(401);
        }
        var right = get("/api/articles", user);
        assertThat(right.status()).isEqualTo(429);
        assertThat(Long.parseLong(right.header("Retry-After"))).isPositive();
        assertThat(right.json().get("message").asString()).startsWith("Too many failed log-ins");

        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                user.user(), null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_EDITOR"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        String secret;
        try {
            secret = tokens.create("script").secret();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(get("/api/articles", user.withPassword(secret)).status()).as("a token is not slowed down").isEqualTo(200);
    }

    @Test
    void aNameNobodyHasIsThrottledJustLikeARealOne() {
        var nobody = new Credentials("nobody-" + UUID.randomUUID().toString().substring(0, 8), "whatever1");
        for (int i = 0; i < ACCOUNT_TRIES; i++) {
            assertThat(get("/api/articles", nobody).status()).isEqualTo(401);
        }
        var next = get("/api/articles", nobody);
        assertThat(next.status()).isEqualTo(429);
        assertThat(next.json().get("message").asString()).startsWith("Too many failed log-ins");
    }

    @Test
    void pagesCarryAContentSecurityPolicyNosniffAndAReferrerPolicy() throws Exception {
        var login = page("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        var api = get("/api/articles", VIEWER);
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnlyAndNeverInAUrl() throws Exception {
        var login = page("/login");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .isNotEmpty().allSatisfy(c -> assertThat(c).contains("SameSite=Lax").contains("HttpOnly"));
        for (var path : new String[]{"/VAADIN/", "/?v-r=init", "/articles"}) {
            var response = page(path);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase(";jsessionid");
        }
    }
}
