package org.claimtrace.api;

import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.claimtrace.security.UserAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * API tests over real HTTP. The same Spring test configuration as the other random-port tests, so the
 * whole suite starts that context once. Users of each role are made once per context (its database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ApiTest {

    static final String PASSWORD = "api-test-password";
    static final Credentials NONE = new Credentials(null, null);
    static final Credentials ADMIN = new Credentials("admin", "admin-test-password");
    static final Credentials EDITOR = new Credentials("api-editor", PASSWORD);
    static final Credentials REVIEWER = new Credentials("api-reviewer", PASSWORD);
    static final Credentials VIEWER = new Credentials("api-viewer", PASSWORD);

    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Credentials(String user, String password) {
        Credentials withPassword(String other) {
            return new Credentials(user, other);
        }
    }

    record Response(int status, HttpHeaders headers, String text, JsonNode json) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ClaimService claims;

    @BeforeEach
    void usersOfEachRole() {
        SystemTask.run(() -> {
            var existing = accounts.list().stream().map(u -> u.getUsername()).toList();
            for (var user : List.of(EDITOR, REVIEWER, VIEWER)) {
                if (!existing.contains(user.user())) {
                    var role = Role.valueOf(user.user().substring("api-".length()).toUpperCase());
                    accounts.create(user.user(), PASSWORD, Set.of(role));
                }
            }
        });
    }

    Response get(String path, Credentials as) {
        return send("GET", path, null, as);
    }

    Response post(String path, Object body, Credentials as) {
        return send("POST", path, body, as);
    }

    Response put(String path, Object body, Credentials as) {
        return send("PUT", path, body, as);
    }

    Response delete(String path, Credentials as) {
        return send("DELETE", path, null, as);
    }

    /** A text body with the given content type, as curl sends a file (curl's default is a form). */
    Response post(String path, String body, String contentType, Credentials as) {
        return send("POST", path, body, contentType, as);
    }

    Response send(String method, String path, Object body, Credentials as) {
        return send(method, path, body, "application/json", as);
    }

    /** A body that is a String is sent as it is (for malformed JSON); anything else is written as JSON. */
    Response send(String method, String path, Object body, String contentType, Credentials as) {
        var content = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, content == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8))
                .header("Accept", "application/json");
        if (content != null) {
            request.header("Content-Type", contentType);
        }
        if (as.user() != null) {
            var basic = Base64.getEncoder().encodeToString((as.user() + ":" + as.password()).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            var text = response.body();
            JsonNode parsed = null;
            if (response.headers().firstValue("Content-Type").orElse("").contains("json") && !text.isEmpty()) {
                parsed = json.readTree(text);
            }
            return new Response(response.statusCode(), response.headers(), text, parsed);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /**
     * A new article carrying one sentence as one annotation (type NAMED_INSTITUTION), not linked to a claim.
     * Dated 1 September 2023, before the seeds: the browser tests share this context and expect the seeds
     * at the top of the newest-first articles list.
     */
    ClaimAnnotation annotatedArticle(String outlet, String sentence) {
        return AnnotationFixtures.carried(articles, annotations, outlet, "Headline " + UUID.randomUUID(), sentence, 1,
                "NAMED_INSTITUTION");
    }

    long claimOf(ClaimAnnotation... members) {
        return SystemTask.call(() -> claims.create("Test claim " + UUID.randomUUID().toString().substring(0, 8),
                java.util.Arrays.stream(members).map(ClaimAnnotation::getId).toList()).getId());
    }
}
