package org.claimtrace.api;

import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The review and history endpoints over HTTP: the same rules as the UI, 409 on a stale version, 422 without rationale. */
class ReviewApiTest extends ApiTest {

    private long claim(String sentence) {
        var annotation = annotatedArticle("Review API Times", sentence);
        return SystemTask.call(() -> claims.create(ClaimService.shortTextFrom(sentence), List.of(annotation.getId())).getId());
    }

    private long session(boolean doubleReview, long... claimIds) {
        var created = post("/api/review-sessions", Map.of("name", "API check", "description", "by script", "doubleReview", doubleReview,
                "participants", List.of(REVIEWER.user(), "admin"), "claimIds", java.util.Arrays.stream(claimIds).boxed().toList()), REVIEWER);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/review-sessions/" + created.json().get("id").asLong());
        return created.json().get("id").asLong();
    }

    @Test
    void aScriptRunsASessionFromCreationToClosingAndReadsTheClaimsHistory() {
        long claimId = claim("The port reopened on Monday, officials said.");
        long id = session(false, claimId);
        var items = get("/api/review-sessions/" + id + "/items", REVIEWER);
        assertThat(items.status()).isEqualTo(200);
        var item = items.json().get("items").get(0);
        assertThat(item.get("status").asString()).isEqualTo("UNSTARTED");
        long version = item.get("version").asLong();

        var noRationale = put("/api/review-sessions/" + id + "/items/" + claimId, Map.of("verdict", "FALSE", "version", version), REVIEWER);
        assertThat(noRationale.status()).isEqualTo(422);
        assertThat(noRationale.json().get("message").asString()).contains("rationale");

        var saved = put("/api/review-sessions/" + id + "/items/" + claimId, Map.of("status", "REVIEWED", "verdict", "False",
                "rationale", "Port authority notice says closed", "evidence", List.of(Map.of("url", "https://example.org/notice", "note", "notice")),
                "assignees", List.of(REVIEWER.user()), "version", version), REVIEWER);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.json().get("ratingValue").asInt()).isEqualTo(1);
        assertThat(saved.json().get("evidence").get(0).get("url").asString()).isEqualTo("https://example.org/notice");

        var stale = put("/api/review-sessions/" + id + "/items/" + claimId, Map.of("status", "IN_PROGRESS", "version", version), ADMIN);
        assertThat(stale.status()).isEqualTo(409);

        var comment = post("/api/review-sessions/" + id + "/items/" + claimId + "/comments", Map.of("body", "@admin please confirm"), REVIEWER);
        assertThat(comment.status()).isEqualTo(201);
        assertThat(comment.json().get("mentions").get(0).asString()).isEqualTo("admin");

        var closed = post("/api/review-sessions/" + id + "/close", null, REVIEWER);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("closedBy").asString()).isEqualTo(REVIEWER.user());
        assertThat(closed.json().get("progress").get("reviewed").asInt()).isEqualTo(1);
        assertThat(post("/api/review-sessions/" + id + "/close", null, REVIEWER).status()).isEqualTo(409);

        var claim = get("/api/claims/" + claimId, VIEWER);
        assertThat(claim.json().get("reviewStatus").asString()).isEqualTo("REVIEWED");
        var history = get("/api/claims/" + claimId + "/history", VIEWER);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text()).contains("\"user\":\"" + REVIEWER.user() + "\"").contains("Port authority notice says closed");
        long annotationId = SystemTask.call(() -> claims.appearances(claimId).getFirst().annotation().getId());
        var annotationHistory = get("/api/annotations/" + annotationId + "/history", VIEWER);
        assertThat(annotationHistory.json().get("items").get(0).get("change").asString()).isEqualTo("added");
        assertThat(get("/api/annotations/99999999/history", VIEWER).status()).isEqualTo(404);
    }

    @Test
    void aDoubleReviewShowsAgreementWithWhatItRestsOn() {
        long claimId = claim("The bridge will reopen in May, the ministry said.");
        long id = session(true, claimId);
        put("/api/review-sessions/" + id + "/items/" + claimId, Map.of("verdict", "ACCURATE", "rationale", "Ministry notice", "version", 0), REVIEWER);
        var adminSees = get("/api/review-sessions/" + id + "/items", ADMIN).json().get("items").get(0);
        assertThat(adminSees.get("blind").asBoolean()).isTrue();
        assertThat(adminSees.get("otherVerdicts")).isEmpty();
        assertThat(adminSees.get("verdictsIn").asInt()).isEqualTo(1);
        put("/api/review-sessions/" + id + "/items/" + claimId, Map.of("verdict", "ACCURATE", "rationale", "Agreed", "version", 0), ADMIN);
        var session = get("/api/review-sessions/" + id, VIEWER).json();
        assertThat(session.get("progress").get("reviewed").asInt()).isEqualTo(1);
        assertThat(session.get("agreement").get("krippendorffAlpha").get("claims").asInt()).isEqualTo(1);
        assertThat(session.get("agreement").get("krippendorffAlpha").get("leftOut").asInt()).isZero();
        assertThat(session.get("agreement").get("cohensKappa").get(0).get("kappa").get("note").asString()).contains("same verdict");
    }

    @Test
    void aViewerAndAnEditorCanChangeNothingInReviewAndEveryCallNeedsCredentials() {
        long claimId = claim("The airport closed its second runway, a spokesman said.");
        long id = session(false, claimId);
        var base = "/api/review-sessions/" + id;
        var changes = List.<java.util.function.Function<Credentials, Response>>of(
                as -> post("/api/review-sessions", Map.of("name", "x", "claimIds", List.of(claimId)), as),
                as -> put(base + "/items/" + claimId, Map.of("status", "IN_PROGRESS", "version", 0), as),
                as -> post(base + "/items/" + claimId + "/comments", Map.of("body", "hello"), as),
                as -> post(base + "/close", null, as));
        for (var change : changes) {
            assertThat(change.apply(VIEWER).status()).isEqualTo(403);
            assertThat(change.apply(EDITOR).status()).isEqualTo(403);
            assertThat(change.apply(NONE).status()).isEqualTo(401);
        }
        for (var path : List.of("/api/review-sessions", base, base + "/items", "/api/claims/" + claimId + "/history")) {
            assertThat(get(path, VIEWER).status()).as(path).isEqualTo(200);
            assertThat(get(path, NONE).status()).as(path).isEqualTo(401);
        }
        assertThat(get(base + "/items", VIEWER).json().get("items").get(0).get("status").asString()).isEqualTo("UNSTARTED");
    }

    @Test
    void theReviewEndpointsAreInTheOpenApiDocument() {
        var paths = get("/api/docs", NONE).json().get("paths");
        assertThat(paths.has("/api/review-sessions")).isTrue();
        assertThat(paths.has("/api/review-sessions/{id}")).isTrue();
        assertThat(paths.has("/api/review-sessions/{id}/items")).isTrue();
        assertThat(paths.has("/api/review-sessions/{id}/items/{claimId}")).isTrue();
        assertThat(paths.has("/api/review-sessions/{id}/items/{claimId}/comments")).isTrue();
        assertThat(paths.has("/api/review-sessions/{id}/close")).isTrue();
        assertThat(paths.has("/api/claims/{id}/history")).isTrue();
        assertThat(paths.has("/api/annotations/{id}/history")).isTrue();
    }
}
