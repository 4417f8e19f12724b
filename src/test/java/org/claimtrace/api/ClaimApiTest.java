package org.claimtrace.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimApiTest extends ApiTest {

    @Test
    void anEditorMakesAClaimFromTwoOutletsAnnotationsAndReadsItsAppearances() {
        var times = annotatedArticle("Claim Test Times", "The dam will be finished by 2027, the ministry said.");
        var post = annotatedArticle("Claim Test Post", "The ministry said the dam would be finished by 2027.");
        var created = post("/api/claims", Map.of("shortText", "Dam finished by 2027",
                "annotationIds", List.of(times.getId(), post.getId())), EDITOR);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/claims/" + id);

        var claim = get("/api/claims/" + id, VIEWER).json();
        assertThat(claim.get("shortText").asString()).isEqualTo("Dam finished by 2027");
        assertThat(claim.get("reviewStatus").asString()).isEqualTo("UNSTARTED");
        assertThat(claim.get("verdict").isNull()).isTrue();
        assertThat(claim.get("fullText").isNull()).isTrue();
        assertThat(claim.get("version").asLong()).isZero();
        var appearances = claim.get("appearances");
        assertThat(appearances.valueStream().map(a -> a.get("id").asLong())).containsExactlyInAnyOrder(times.getId(), post.getId());
        for (var a : appearances) {
            assertThat(a.get("claimId").asLong()).isEqualTo(id);
            assertThat(a.get("linkStatus").asString()).isEqualTo("CONFIRMED");
            assertThat(a.get("confirmedBy").asString()).isEqualTo(EDITOR.user());
            assertThat(a.get("confirmedAt").asString()).isNotBlank();
            assertThat(a.get("attribution").get("type").asString()).isEqualTo("NAMED_INSTITUTION");
        }
        var first = claim.get("firstAppearance");
        assertThat(first.get("annotationId").asLong()).isIn(times.getId(), post.getId());
        assertThat(first.get("outlet").get("name").asString()).startsWith("Claim Test");
        assertThat(first.get("published").asString()).isEqualTo("2023-09-01T09:00:00Z");
        assertThat(first.get("evidence").asString()).startsWith("Earliest publication time of 2 dated appearances");
        assertThat(first.get("chosenByEditor").asBoolean()).isFalse();
    }

    @Test
    void anAnnotationAlreadyInAClaimCannotStartAnotherAndIsA409() {
        var linked = annotatedArticle("Claim Test Times", "The port will reopen on Monday, officials said.");
        long existing = claimOf(linked);
        var response = post("/api/claims", Map.of("shortText", "Port reopens Monday", "annotationIds", List.of(linked.getId())), EDITOR);
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("message").asString()).contains("already an appearance of claim " + existing);
    }

    @Test
    void aShortTextOver75CharactersIsA422AndNoAnnotationsA400() {
        var annotation = annotatedArticle("Claim Test Times", "The airport will close for a week, the operator said.");
        var tooLong = post("/api/claims", Map.of("shortText", "x".repeat(76), "annotationIds", List.of(annotation.getId())), EDITOR);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().get("message").asString()).contains("1 to 75 characters");
        var none = post("/api/claims", Map.of("shortText", "Airport closes", "annotationIds", List.of()), EDITOR);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("details").get(0).get("field").asString()).isEqualTo("annotationIds");
        var unknown = post("/api/claims", Map.of("shortText", "Airport closes", "annotationIds", List.of(987654321)), EDITOR);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(get("/api/annotations/" + annotation.getId(), VIEWER).json().get("claimId").isNull()).isTrue();
    }

    @Test
    void anEditorLinksAnotherAppearanceAndUnlinksIt() {
        var first = annotatedArticle("Claim Test Times", "The bank will raise rates in June, analysts said.");
        var second = annotatedArticle("Claim Test Post", "Analysts said the bank would raise rates in June.");
        long claim = claimOf(first);

        var linked = post("/api/claims/" + claim + "/appearances", Map.of("annotationId", second.getId()), EDITOR);
        assertThat(linked.status()).as(linked.text()).isEqualTo(200);
        assertThat(linked.json().get("appearances")).hasSize(2);
        assertThat(get("/api/annotations/" + second.getId(), VIEWER).json().get("claimId").asLong()).isEqualTo(claim);

        var again = post("/api/claims/" + claim + "/appearances", Map.of("annotationId", second.getId()), EDITOR);
        assertThat(again.status()).isEqualTo(409);

        assertThat(delete("/api/claims/" + claim + "/appearances/" + second.getId(), EDITOR).status()).isEqualTo(204);
        var after = get("/api/annotations/" + second.getId(), VIEWER).json();
        assertThat(after.get("claimId").isNull()).isTrue();
        assertThat(after.get("linkStatus").asString()).isEqualTo("UNLINKED");
        assertThat(get("/api/claims/" + claim, VIEWER).json().get("appearances")).hasSize(1);
        assertThat(delete("/api/claims/" + claim + "/appearances/" + second.getId(), EDITOR).status()).isEqualTo(404);
    }

    @Test
    void unknownClaimsAndAnnotationsAreA404() {
        var annotation = annotatedArticle("Claim Test Times", "The mine will reopen next year, the company said.");
        assertThat(get("/api/claims/987654321", VIEWER).status()).isEqualTo(404);
        assertThat(post("/api/claims/987654321/appearances", Map.of("annotationId", annotation.getId()), EDITOR).status())
                .isEqualTo(404);
        assertThat(delete("/api/claims/987654321/appearances/" + annotation.getId(), EDITOR).status()).isEqualTo(404);
        long claim = claimOf(annotation);
        assertThat(delete("/api/claims/" + claim + "/appearances/987654321", EDITOR).status()).isEqualTo(404);
        assertThat(post("/api/claims/" + claim + "/appearances", Map.of(), EDITOR).status()).isEqualTo(400);
    }

    @Test
    void theListFiltersByTextOutletTypeAndStatusAndCounts() {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var annotation = annotatedArticle("Claim Filter Times " + marker, "The festival is cancelled, organisers said.");
        var created = post("/api/claims", Map.of("shortText", "Festival cancelled " + marker,
                "annotationIds", List.of(annotation.getId())), EDITOR).json();
        long outletId = get("/api/articles/" + annotation.getArticleId(), VIEWER).json().get("outlet").get("id").asLong();

        var byText = get("/api/claims?q=" + marker, VIEWER).json();
        assertThat(byText.get("total").asLong()).isEqualTo(1);
        var item = byText.get("items").get(0);
        assertThat(item.get("id")).isEqualTo(created.get("id"));
        assertThat(item.get("appearanceCount").asInt()).isEqualTo(1);
        assertThat(item.get("outletCount").asInt()).isEqualTo(1);
        assertThat(item.get("reviewStatus").asString()).isEqualTo("UNSTARTED");
        assertThat(item.get("attributionMix").get("NAMED_INSTITUTION").asInt()).isEqualTo(1);

        assertThat(get("/api/claims?outletId=" + outletId, VIEWER).json().get("total").asLong()).isEqualTo(1);
        assertThat(get("/api/claims?q=" + marker + "&type=DOCUMENT", VIEWER).json().get("total").asLong()).isZero();
        assertThat(get("/api/claims?q=" + marker + "&type=NAMED_INSTITUTION&reviewStatus=UNSTARTED", VIEWER)
                .json().get("total").asLong()).isEqualTo(1);
        assertThat(get("/api/claims?q=" + marker + "&reviewStatus=REVIEWED", VIEWER).json().get("items")).isEmpty();
        assertThat(get("/api/claims?reviewStatus=MAYBE", VIEWER).status()).isEqualTo(400);
        assertThat(get("/api/claims?size=0", VIEWER).status()).isEqualTo(400);
    }
}
