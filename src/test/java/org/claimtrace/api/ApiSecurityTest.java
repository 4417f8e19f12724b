package org.claimtrace.api;

import org.claimtrace.article.ArticleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what: every endpoint refuses a caller without credentials, and every change a role that may not make it. */
class ApiSecurityTest extends ApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.claimtrace.security.LoginThrottle throttle;

    /** Ids the endpoints act on, made fresh for each call so one refusal cannot hide behind another's data. */
    record Fixture(long articleId, long annotationId, long annotationVersion, long unlinkedId, long claimId, long linkedId,
                   long outletId, long otherOutletId) {
    }

    record Endpoint(String name, String method, Function<Fixture, String> path, Function<Fixture, Object> body) {
        boolean changesData() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET /api/articles", "GET", f -> "/api/articles", f -> null),
                new Endpoint("POST /api/articles", "POST", f -> "/api/articles", f -> Map.of(
                        "outlet", Map.of("name", "Security Test Wire"), "headline", "Refused or not",
                        "text", ArticleFixtures.uniqueText("The ministry said the report was false."))),
                new Endpoint("GET /api/articles/{id}", "GET", f -> "/api/articles/" + f.articleId(), f -> null),
                new Endpoint("GET /api/articles/{id}/suggestions", "GET", f -> "/api/articles/" + f.articleId() + "/suggestions", f -> null),
                new Endpoint("GET /api/articles/{id}/annotations", "GET", f -> "/api/articles/" + f.articleId() + "/annotations", f -> null),
                new Endpoint("POST /api/articles/{id}/annotations", "POST", f -> "/api/articles/" + f.articleId() + "/annotations",
                        f -> Map.of("start", 0, "end", 8, "attribution", Map.of("type", "UNATTRIBUTED"))),
                new Endpoint("GET /api/annotations/{id}", "GET", f -> "/api/annotations/" + f.annotationId(), f -> null),
                new Endpoint("PUT /api/annotations/{id}", "PUT", f -> "/api/annotations/" + f.annotationId(),
                        f -> Map.of("version", f.annotationVersion(), "attribution", Map.of("type", "DOCUMENT"))),
                new Endpoint("DELETE /api/annotations/{id}", "DELETE",
                        f -> "/api/annotations/" + f.annotationId() + "?version=" + f.annotationVersion(), f -> null),
                new Endpoint("GET /api/annotations/{id}/matches", "GET", f -> "/api/annotations/" + f.annotationId() + "/matches", f -> null),
                new Endpoint("GET /api/claims", "GET", f -> "/api/claims", f -> null),
                new Endpoint("GET /api/claims/{id}", "GET", f -> "/api/claims/" + f.claimId(), f -> null),
                new Endpoint("POST /api/claims", "POST", f -> "/api/claims",
                        f -> Map.of("shortText", "A refused claim", "annotationIds", List.of(f.unlinkedId()))),
                new Endpoint("POST /api/claims/{id}/appearances", "POST", f -> "/api/claims/" + f.claimId() + "/appearances",
                        f -> Map.of("annotationId", f.unlinkedId())),
                new Endpoint("DELETE /api/claims/{id}/appearances/{annotationId}", "DELETE",
                        f -> "/api/claims/" + f.claimId() + "/appearances/" + f.linkedId(), f -> null),
                new Endpoint("GET /api/export/annotations.csv", "GET", f -> "/api/export/annotations.csv?articleId=" + f.articleId(), f -> null),
                new Endpoint("GET /api/export/claims.csv", "GET", f -> "/api/export/claims.csv?claimId=" + f.claimId(), f -> null),
                new Endpoint("GET /api/export/annotations.jsonld", "GET", f -> "/api/export/annotations.jsonld?articleId=" + f.articleId(), f -> null),
                new Endpoint("GET /api/export/claimreview.jsonld", "GET", f -> "/api/export/claimreview.jsonld?claimId=" + f.claimId(), f -> null),
                new Endpoint("GET /api/claims/{id}/report", "GET", f -> "/api/claims/" + f.claimId() + "/report", f -> null),
                new Endpoint("GET /api/articles/{id}/report", "GET", f -> "/api/articles/" + f.articleId() + "/report", f -> null),
                new Endpoint("GET /api/outlets/{id}/report", "GET", f -> "/api/outlets/" + f.outletId() + "/report?from=2023-01-01&to=2023-12-31", f -> null),
                new Endpoint("GET /api/outlets/compare", "GET",
                        f -> "/api/outlets/compare?ids=" + f.outletId() + "," + f.otherOutletId() + "&from=2023-01-01&to=2023-12-31", f -> null),
                new Endpoint("POST /api/import/annotations", "POST", f -> "/api/import/annotations",
                        f -> "article_id,start,end,attribution_type\n" + f.articleId() + ",0,3,UNATTRIBUTED\n"));
    }

    static Stream<Endpoint> changingEndpoints() {
        return endpoints().filter(Endpoint::changesData);
    }

    static Stream<Endpoint> readingEndpoints() {
        return endpoints().filter(e -> !e.changesData());
    }

    private Fixture fixture() {
        var annotation = annotatedArticle("Security Test Times", "The ministry said the bridge would reopen in May.");
        var unlinked = annotatedArticle("Security Test Post", "Officials said the bridge would reopen in spring.");
        var linked = annotatedArticle("Security Test Herald", "The bridge reopens in May, the ministry said.");
        long claim = claimOf(linked);
        return new Fixture(annotation.getArticleId(), annotation.getId(), annotation.getVersion(), unlinked.getId(), claim,
                linked.getId(), outletOf(annotation), outletOf(unlinked));
    }

    private long outletOf(org.claimtrace.annotation.ClaimAnnotation annotation) {
        return org.claimtrace.security.SystemTask.call(() -> articles.find(annotation.getArticleId()).orElseThrow().getOutlet().getId());
    }

    private Response call(Endpoint endpoint, Fixture fixture, Credentials as) {
        return send(endpoint.method(), endpoint.path().apply(fixture), endpoint.body().apply(fixture), as);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void withoutCredentialsEveryEndpointAnswers401AndAsksForBasic(Endpoint endpoint) {
        var response = call(endpoint, fixture(), NONE);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Claimtrace\"");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.json().get("message").asString()).contains("HTTP Basic");
        assertThat(response.json().get("details").isArray()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aWrongPasswordIsRefusedWith401(Endpoint endpoint) {
        throttle.succeeded(EDITOR.user()); // one wrong try per endpoint: not the guessing LoginProtectionTest throttles
        var response = call(endpoint, fixture(), EDITOR.withPassword("not-the-password"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"Claimtrace\"");
        assertThat(response.json().get("message").asString()).isEqualTo("Wrong user name, password or token.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changingEndpoints")
    void aViewerMayNotChangeAnythingAndGets403(Endpoint endpoint) {
        var response = call(endpoint, fixture(), VIEWER);
        assertThat(response.status()).as(response.text()).isEqualTo(403);
        assertThat(response.json().get("error").asString()).isEqualTo("Forbidden");
        assertThat(response.json().get("message").asString()).isEqualTo("Your role does not allow this.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changingEndpoints")
    void aReviewerMayNotChangeArticlesAnnotationsOrLinksEither(Endpoint endpoint) {
        assertThat(call(endpoint, fixture(), REVIEWER).status()).isEqualTo(403);
    }

    /** Every role reads, as in the UI: for the reading endpoints there is no wrong role to refuse. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("readingEndpoints")
    void aViewerReadsEverything(Endpoint endpoint) {
        var response = call(endpoint, fixture(), VIEWER);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changingEndpoints")
    void anEditorMakesEveryChangeWithoutACsrfTokenOrSession(Endpoint endpoint) {
        var response = call(endpoint, fixture(), EDITOR);
        assertThat(response.status()).as(response.text()).isIn(200, 201, 204);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void noSessionCookieIsSetByReadsEither() {
        var response = get("/api/articles", VIEWER);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theOpenApiDocumentIsReadableWithoutLogin() {
        var response = get("/api/docs", NONE);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("openapi").asString()).startsWith("3.");
        var paths = response.json().get("paths");
        assertThat(paths.has("/api/articles")).isTrue();
        assertThat(paths.has("/api/annotations/{id}/matches")).isTrue();
        assertThat(paths.has("/api/claims/{id}/appearances/{annotationId}")).isTrue();
        assertThat(paths.has("/api/claims/{id}/report")).isTrue();
        assertThat(paths.has("/api/outlets/compare")).isTrue();
        assertThat(response.text()).contains("UTF-16 code units");
        assertThat(paths.propertyNames()).allMatch(p -> p.startsWith("/api/"));
    }

    @Test
    void anUnknownApiPathIsAJson404NotTheUi() {
        var response = get("/api/no-such-thing", VIEWER);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void anUnknownApiPathWithoutCredentialsIs401() {
        assertThat(get("/api/no-such-thing", NONE).status()).isEqualTo(401);
    }

    @Test
    void theUiStillAsksForTheLoginFormNotBasic() {
        var response = get("/claims", NONE);
        assertThat(response.status()).isNotEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isNull();
    }
}
