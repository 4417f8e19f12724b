package org.claimtrace.api;

import org.claimtrace.article.ArticleFixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationApiTest extends ApiTest {

    private long importArticle(String text) {
        var response = post("/api/articles", Map.of("outlet", Map.of("name", "Annotation Test Daily"),
                "headline", "Annotated", "text", text), EDITOR);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static Map<String, Object> span(int start, int end, String quote, Map<String, Object> attribution) {
        var body = new HashMap<String, Object>();
        body.put("start", start);
        body.put("end", end);
        body.put("quote", quote);
        body.put("attribution", attribution);
        return body;
    }

    @Test
    void anEditorAnnotatesASpanCountedInUtf16CodeUnits() {
        // the emoji is one code point but two UTF-16 code units: offsets after it count it as 2
        var text = ArticleFixtures.uniqueText("\uD83D\uDE80 \u5317\u4EAC officials said the launch failed.");
        long article = importArticle(text);
        int start = text.indexOf("the launch failed");
        int end = start + "the launch failed".length();
        var attribution = Map.<String, Object>of("type", "ANONYMOUS_VAGUE", "cue", "said", "sourceAsWritten", "officials",
                "onRecord", "ANONYMOUS", "sourceCount", "several", "stance", "NEUTRAL");
        var created = post("/api/articles/" + article + "/annotations", span(start, end, "the launch failed", attribution), EDITOR);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        var json = created.json();
        assertThat(created.header("Location")).endsWith("/api/annotations/" + json.get("id").asLong());
        // 2 (emoji) + 1 + 2 (CJK) + 1 + "officials said ": 21 code units; in code points it would be 20
        assertThat(json.get("start").asInt()).isEqualTo(start).isEqualTo(21);
        assertThat(json.get("quote").asString()).isEqualTo("the launch failed");
        assertThat(json.get("prefix").asString()).endsWith("officials said ");
        assertThat(json.get("articleId").asLong()).isEqualTo(article);
        assertThat(json.get("attribution").get("type").asString()).isEqualTo("ANONYMOUS_VAGUE");
        assertThat(json.get("attribution").get("sourceAsWritten").asString()).isEqualTo("officials");
        assertThat(json.get("attribution").get("onRecord").asString()).isEqualTo("ANONYMOUS");
        assertThat(json.get("claimId").isNull()).isTrue();
        assertThat(json.get("linkStatus").asString()).isEqualTo("UNLINKED");
        assertThat(json.get("version").asLong()).isZero();

        var listed = get("/api/articles/" + article + "/annotations", VIEWER);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("items")).hasSize(1);
        assertThat(listed.json().get("items").get(0).get("id")).isEqualTo(json.get("id"));
        assertThat(get("/api/annotations/" + json.get("id").asLong(), VIEWER).json().get("end").asInt()).isEqualTo(end);
    }

    @Test
    void aSpanIsSnappedToWholeWords() {
        var text = ArticleFixtures.uniqueText("The ministry said the bridge would reopen.");
        long article = importArticle(text);
        var created = post("/api/articles/" + article + "/annotations", span(19, 26, null, Map.of("type", "UNATTRIBUTED")), EDITOR);
        assertThat(created.json().get("quote").asString()).isEqualTo("the bridge");
    }

    @Test
    void aQuoteThatIsNotAtTheOffsetsIsRefusedWith422() {
        long article = importArticle(ArticleFixtures.uniqueText("The ministry said the bridge would reopen."));
        var response = post("/api/articles/" + article + "/annotations", span(0, 12, "The minister", Map.of("type", "UNATTRIBUTED")), EDITOR);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("message").asString()).contains("does not match the article as stored");
    }

    @Test
    void offsetsOutsideTheTextAreRefusedWith422() {
        long article = importArticle(ArticleFixtures.uniqueText("Short."));
        var response = post("/api/articles/" + article + "/annotations", span(3, 100_000, null, Map.of("type", "UNATTRIBUTED")), EDITOR);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("message").asString()).contains("outside the article text");
    }

    @Test
    void anUnknownAttributionTypeIsRefusedWith422() {
        long article = importArticle(ArticleFixtures.uniqueText("The ministry said so."));
        var response = post("/api/articles/" + article + "/annotations", span(0, 12, null, Map.of("type", "RUMOUR")), EDITOR);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("message").asString()).contains("attribution type of the tagset");
    }

    @Test
    void fieldsThatBreakTheFormsRulesAreA400ByField() {
        long article = importArticle(ArticleFixtures.uniqueText("The ministry said so."));
        var attribution = Map.<String, Object>of("type", "NAMED_INSTITUTION", "sourceCount", "many", "cue", "x".repeat(201));
        var response = post("/api/articles/" + article + "/annotations", span(0, 12, null, attribution), EDITOR);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("details").valueStream().map(d -> d.get("field").asString()))
                .containsExactly("attribution.cue", "attribution.sourceCount");
    }

    @Test
    void missingOffsetsAndAnUnknownStanceAreA400() {
        long article = importArticle(ArticleFixtures.uniqueText("The ministry said so."));
        var missing = post("/api/articles/" + article + "/annotations", Map.of("attribution", Map.of("type", "DOCUMENT")), EDITOR);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("details").valueStream().map(d -> d.get("field").asString())).contains("start", "end");
        var stance = post("/api/articles/" + article + "/annotations",
                span(0, 12, null, Map.of("type", "DOCUMENT", "stance", "SNEERING")), EDITOR);
        assertThat(stance.status()).isEqualTo(400);
    }

    @Test
    void annotationsOfAnUnknownArticleAreA404() {
        assertThat(get("/api/articles/987654321/annotations", VIEWER).status()).isEqualTo(404);
        assertThat(post("/api/articles/987654321/annotations", span(0, 2, null, Map.of("type", "DOCUMENT")), EDITOR).status())
                .isEqualTo(404);
    }

    @Test
    void anEditorChangesTheAttributionAndAStaleVersionIsA409() {
        var annotation = annotatedArticle("Annotation Test Daily", "The ministry said the bridge would reopen.");
        var path = "/api/annotations/" + annotation.getId();
        var changed = put(path, Map.of("version", annotation.getVersion(),
                "attribution", Map.of("type", "NAMED_PERSON", "sourceName", "Jane Minister", "onRecord", "ON_RECORD")), EDITOR);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("attribution").get("type").asString()).isEqualTo("NAMED_PERSON");
        assertThat(changed.json().get("attribution").get("sourceName").asString()).isEqualTo("Jane Minister");
        assertThat(changed.json().get("version").asLong()).isEqualTo(annotation.getVersion() + 1);

        var stale = put(path, Map.of("version", annotation.getVersion(), "attribution", Map.of("type", "DOCUMENT")), EDITOR);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("message").asString()).contains("Someone else changed or removed this since you opened it");
        assertThat(get(path, VIEWER).json().get("attribution").get("type").asString()).isEqualTo("NAMED_PERSON");
    }

    @Test
    void anUpdateWithoutVersionIsA400AndOfAnUnknownAnnotationA404() {
        var annotation = annotatedArticle("Annotation Test Daily", "The ministry said the bridge would close.");
        assertThat(put("/api/annotations/" + annotation.getId(), Map.of("attribution", Map.of("type", "DOCUMENT")), EDITOR).status())
                .isEqualTo(400);
        assertThat(put("/api/annotations/987654321", Map.of("version", 0, "attribution", Map.of("type", "DOCUMENT")), EDITOR).status())
                .isEqualTo(404);
        assertThat(get("/api/annotations/987654321", VIEWER).status()).isEqualTo(404);
    }

    @Test
    void anEditorDeletesWithTheCurrentVersionOnly() {
        var annotation = annotatedArticle("Annotation Test Daily", "The ministry said the tunnel would reopen.");
        var path = "/api/annotations/" + annotation.getId();
        assertThat(delete(path, EDITOR).status()).isEqualTo(400);
        assertThat(delete(path + "?version=" + (annotation.getVersion() + 5), EDITOR).status()).isEqualTo(409);
        assertThat(delete(path + "?version=" + annotation.getVersion(), EDITOR).status()).isEqualTo(204);
        assertThat(get(path, VIEWER).status()).isEqualTo(404);
        assertThat(delete(path + "?version=" + annotation.getVersion(), EDITOR).status()).isEqualTo(404);
        assertThat(get("/api/articles/" + annotation.getArticleId() + "/annotations", VIEWER).json().get("items")).isEmpty();
    }

    @Test
    void matchesAreOtherArticlesAnnotationsRankedWithMatchedTerms() {
        var query = annotatedArticle("Match Test Times", "The harbour of Gdansk will close for dredging until the spring, the port authority said.");
        var same = annotatedArticle("Match Test Post", "The port authority said Gdansk harbour would close for dredging until spring.");
        annotatedArticle("Match Test Herald", "The city council approved a new budget for parks.");
        var response = get("/api/annotations/" + query.getId() + "/matches?limit=5", VIEWER);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        var first = response.json().get("items").get(0);
        assertThat(first.get("annotationId").asLong()).isEqualTo(same.getId());
        assertThat(first.get("articleId").asLong()).isEqualTo(same.getArticleId());
        assertThat(first.get("outlet").get("name").asString()).isEqualTo("Match Test Post");
        assertThat(first.get("quote").asString()).startsWith("The port authority said Gdansk");
        assertThat(first.get("score").asDouble()).isPositive();
        assertThat(first.get("matchedTerms").valueStream().map(t -> t.asString()).toList()).isNotEmpty();
        assertThat(first.get("claimId").isNull()).isTrue();
        assertThat(response.json().get("items").valueStream().map(m -> m.get("articleId").asLong()))
                .doesNotContain(query.getArticleId());
    }

    @Test
    void matchesNeedASensibleLimitAndAnExistingAnnotation() {
        var query = annotatedArticle("Match Test Times", "The harbour will close for repairs in winter.");
        var tooMany = get("/api/annotations/" + query.getId() + "/matches?limit=500", VIEWER);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("details").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(get("/api/annotations/987654321/matches", VIEWER).status()).isEqualTo(404);
        assertThat(List.of(get("/api/annotations/" + query.getId() + "/matches?limit=0", VIEWER).status())).containsExactly(400);
    }
}
