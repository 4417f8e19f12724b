package org.claimtrace.api;

import org.claimtrace.article.ArticleFixtures;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Odd input gets a clear answer that names what is wrong, and changes nothing. */
class BadInputApiTest extends ApiTest {

    private static final String ROCKET = "\uD83D\uDE80";

    private long importArticle(String text) {
        var response = post("/api/articles", Map.of("outlet", Map.of("name", "Bad Input Daily"), "headline", "Odd input",
                "text", text), EDITOR);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static Map<String, Object> span(Object start, Object end) {
        var body = new HashMap<String, Object>();
        body.put("start", start);
        body.put("end", end);
        body.put("attribution", Map.of("type", "NAMED_INSTITUTION"));
        return body;
    }

    private int annotationCount(long article) {
        return get("/api/articles/" + article + "/annotations", VIEWER).json().get("items").size();
    }

    @Test
    void offsetsInsideAnEmojiAreA422AndStoreNothing() {
        var text = ArticleFixtures.uniqueText("Launch " + ROCKET + " the rocket failed, officials said.");
        long article = importArticle(text);
        int inside = text.indexOf(ROCKET) + 1;
        var startInside = post("/api/articles/" + article + "/annotations", span(inside, text.indexOf(" failed")), EDITOR);
        assertThat(startInside.status()).as(startInside.text()).isEqualTo(422);
        assertThat(startInside.json().get("message").asString()).contains("start", "inside a character");
        var endInside = post("/api/articles/" + article + "/annotations", span(0, inside), EDITOR);
        assertThat(endInside.status()).isEqualTo(422);
        assertThat(endInside.json().get("message").asString()).contains("end", "inside a character");
        assertThat(annotationCount(article)).isZero();
    }

    @Test
    void anImportRowWhoseOffsetsSplitAnEmojiIsRefusedWith422() {
        var text = ArticleFixtures.uniqueText("Launch " + ROCKET + " the rocket failed, officials said.");
        long article = importArticle(text);
        var hash = get("/api/articles/" + article, VIEWER).json().get("contentHash").asString();
        int inside = text.indexOf(ROCKET) + 1;
        var refused = post("/api/import/annotations", "article_content_hash,start,end,attribution_type\n"
                + hash + "," + inside + "," + text.indexOf(" failed") + ",NAMED_INSTITUTION\n", "text/csv", EDITOR);
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("details").get(0).get("field").asString()).isEqualTo("start");
        assertThat(refused.json().get("details").get(0).get("message").asString()).contains("inside a character");
        assertThat(annotationCount(article)).isZero();
    }

    @Test
    void theSameAnnotationTwiceIsA409NamingTheOneAlreadyThere() {
        var text = ArticleFixtures.uniqueText("The ministry said the dam held.");
        long article = importArticle(text);
        var first = post("/api/articles/" + article + "/annotations", span(0, 12), EDITOR);
        assertThat(first.status()).isEqualTo(201);
        long id = first.json().get("id").asLong();

        var again = post("/api/articles/" + article + "/annotations", span(0, 12), EDITOR);
        assertThat(again.status()).as(again.text()).isEqualTo(409);
        assertThat(again.json().get("message").asString()).contains("annotation " + id);
        assertThat(again.json().get("details").get(0).get("message").asString()).isEqualTo("/api/annotations/" + id);
        assertThat(annotationCount(article)).isEqualTo(1);

        var anotherType = span(0, 12);
        anotherType.put("attribution", Map.of("type", "DOCUMENT"));
        assertThat(post("/api/articles/" + article + "/annotations", anotherType, EDITOR).status())
                .as("the same span with another type is another annotation").isEqualTo(201);
    }

    @Test
    void offsetsThatAreNotWholeNumbersAreA400NamingTheField() {
        long article = importArticle(ArticleFixtures.uniqueText("The ministry said the dam held."));
        for (var odd : new Object[][]{{1.5, 12, "start"}, {0, "9", "end"}, {0, true, "end"}}) {
            var response = post("/api/articles/" + article + "/annotations", span(odd[0], odd[1]), EDITOR);
            assertThat(response.status()).as(response.text()).isEqualTo(400);
            assertThat(response.json().get("message").asString()).contains("\u201c" + odd[2] + "\u201d", "whole number");
            assertThat(response.json().get("details").get(0).get("field").asString()).isEqualTo(odd[2]);
        }
        assertThat(annotationCount(article)).isZero();
    }

    @Test
    void a400NeverNamesJavaClassesButTheFieldThatIsWrong() {
        var wrongShape = send("POST", "/api/articles", "{\"outlet\": \"Daily\", \"headline\": \"H\", \"text\": \"T\"}", EDITOR);
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(wrongShape.text()).doesNotContain("org.claimtrace", "java.", "Cannot deserialize", "`");
        assertThat(wrongShape.json().get("message").asString()).contains("\u201coutlet\u201d", "object");

        var wrongEnum = send("POST", "/api/articles", "{\"outlet\": {\"name\": \"Daily\", \"kind\": \"BLOG\"}}", EDITOR);
        assertThat(wrongEnum.status()).isEqualTo(400);
        assertThat(wrongEnum.text()).doesNotContain("org.claimtrace", "OutletKind");
        assertThat(wrongEnum.json().get("details").get(0).get("field").asString()).isEqualTo("outlet.kind");
        assertThat(wrongEnum.json().get("message").asString()).contains("NEWSPAPER");

        var broken = send("POST", "/api/articles", "{\"headline\": ", EDITOR);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("message").asString()).startsWith("The request body is not valid JSON").contains("line 1");
    }

    @Test
    void articleTextWithHalfAnEmojiOrOnlyInvisibleCharactersIsRefused() {
        // as a JSON client sends it: the escape of half a surrogate pair
        var lone = send("POST", "/api/articles", "{\"outlet\": {\"name\": \"Bad Input Daily\"}, \"headline\": \"Half\", "
                + "\"text\": \"The rocket \\uDE80 failed. " + java.util.UUID.randomUUID() + "\"}", EDITOR);
        assertThat(lone.status()).as(lone.text()).isEqualTo(422);
        assertThat(lone.json().get("details").get(0).get("field").asString()).isEqualTo("text");
        assertThat(lone.json().get("details").get(0).get("message").asString()).contains("broken character", "line 1");

        var invisible = post("/api/articles", Map.of("outlet", Map.of("name", "Bad Input Daily"), "headline", "Nothing",
                "text", "\uFEFF\u200B\u200C\u200D\u2060\u0007\n\u200B"), EDITOR);
        assertThat(invisible.status()).as(invisible.text()).isEqualTo(422);
        assertThat(invisible.json().get("details").get(0).get("message").asString()).contains("empty", "invisible");
    }

    @Test
    void aJsonBodyOver16MbIsRefusedWith413WithoutReadingIt() throws Exception {
        var tooLong = ("{\"text\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        // as curl sends a large body: the length first, the body only once the server asks for it (it never does)
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            var credentials = Base64.getEncoder().encodeToString((EDITOR.user() + ":" + EDITOR.password()).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
                    + credentials + "\r\nContent-Type: application/json\r\nContent-Length: " + tooLong.length
                    + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var answer = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            assertThat(answer).contains("HTTP/1.1 413").contains("16 MB");
        }

        // sent without a length (chunked): read up to the limit, then refused
        var chunked = rawPost("/api/articles", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLong)));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("16 MB");
    }

    private HttpResponse<String> rawPost(String path, HttpRequest.BodyPublisher body) throws Exception {
        var credentials = Base64.getEncoder().encodeToString((EDITOR.user() + ":" + EDITOR.password()).getBytes(StandardCharsets.UTF_8));
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                    .POST(body).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
