package org.claimtrace.linking;

import org.claimtrace.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The match index is kept in the data folder across restarts and reconciled with the database at start: a
 * clean restart reuses it, and what was written after its last commit and lost to a kill -9 is found by
 * matching after the next start (the app in a child JVM, as in CrashDurabilityTest).
 */
class KeptMatchIndexTest {

    private static final String TOKEN = "ct_" + "keptindex".repeat(5).substring(0, 43);
    private static final Duration START = Duration.ofMinutes(10);

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void annotationWrittenAfterTheIndexsLastCommitThenKilledIsFoundByMatchingAfterARestart(@TempDir Path work) throws Exception {
        var properties = Map.of("claimtrace.admin.password", "kept-index-password",
                "claimtrace.matching.embeddings", "false",
                "claimtrace.test.admin-token", TOKEN,
                // no commit of its own between the write and the kill: only the start's and a clean stop's
                "claimtrace.matching.commit-interval", "1h");
        var data = work.resolve("data");
        long first;
        long dropped;
        try (var app = AppProcess.start(work, data, properties).awaitUp(START)) {
            var article = createArticle(app, "Harbour bridge toll to rise",
                    "The harbour bridge toll will rise to nine dollars next spring, the council said. Ferries stay free.");
            first = annotate(app, article, "The harbour bridge toll will rise to nine dollars next spring");
            dropped = annotate(app, article, "Ferries stay free");
            assertThat(app.terminate(Duration.ofMinutes(3))).isIn(0, 143);
        }
        assertThat(data.resolve("match-index")).as("the index kept in the data folder").isDirectoryContaining(
                f -> f.getFileName().toString().startsWith("segments_"));
        long late;
        try (var app = AppProcess.start(work, data, properties).awaitUp(START)) {
            // the reconcile runs after the app reports UP (a search waits for it)
            app.awaitLog(line -> line.contains("Match index ready in"), START);
            assertThat(app.log()).as("a clean restart reuses the index").contains("0 annotations written by their words, 0 removed, 2 kept");
            var other = createArticle(app, "Council budget",
                    "Drivers will pay nine dollars on the harbour bridge from next spring, under the council's budget.");
            late = annotate(app, other, "Drivers will pay nine dollars on the harbour bridge from next spring");
            var version = send(app, "GET", "/api/annotations/" + dropped, null);
            assertThat(send(app, "DELETE", "/api/annotations/" + dropped + "?version="
                    + json.readTree(version.body()).get("version").asLong(), null).statusCode()).isEqualTo(204);
            assertThat(matchIds(app, first)).as("found before the kill").contains(late);
            app.kill();
        }
        try (var app = AppProcess.start(work, data, properties).awaitUp(START)) {
            assertThat(matchIds(app, first)).as("written after the index's last commit, then a kill -9").contains(late);
            app.awaitLog(line -> line.contains("Match index ready in"), START);
            assertThat(app.log()).as("the reconcile repairs the difference")
                    .contains("1 annotations written by their words, 1 removed, 1 kept");
            assertThat(app.log()).doesNotContain(" ERROR ");
            assertThat(app.terminate(Duration.ofMinutes(3))).isIn(0, 143);
        }
    }

    @Test
    void secondAppOnTheSameDataFolderBuildsItsOwnIndexAndMatchesAllTheSame(@TempDir Path work) throws Exception {
        var data = work.resolve("data");
        var index = data.resolve("match-index");
        Files.createDirectories(index);
        // a second process holding the kept index: its lock file is held by this test's JVM
        try (var channel = java.nio.channels.FileChannel.open(index.resolve("write.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var lock = channel.lock();
             var app = AppProcess.start(work, data, Map.of("claimtrace.admin.password", "kept-index-password",
                     "claimtrace.matching.embeddings", "false", "claimtrace.test.admin-token", TOKEN)).awaitUp(START)) {
            assertThat(app.log()).contains("is in use by another process");
            var article = createArticle(app, "Harbour bridge toll to rise", "The harbour bridge toll will rise to nine dollars next spring.");
            var other = createArticle(app, "Council budget", "Drivers will pay nine dollars on the harbour bridge next spring.");
            long first = annotate(app, article, "The harbour bridge toll will rise to nine dollars next spring");
            long second = annotate(app, other, "Drivers will pay nine dollars on the harbour bridge next spring");
            assertThat(matchIds(app, first)).contains(second);
            assertThat(app.terminate(Duration.ofMinutes(3))).isIn(0, 143);
        }
    }

    private long createArticle(AppProcess app, String headline, String text) throws Exception {
        var body = Map.of("outlet", Map.of("name", "Kept Index Post", "kind", "NEWSPAPER"),
                "headline", headline + " " + UUID.randomUUID(), "text", text);
        var response = send(app, "POST", "/api/articles", json.writeValueAsString(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asLong();
    }

    private long annotate(AppProcess app, long articleId, String quote) throws Exception {
        var text = json.readTree(send(app, "GET", "/api/articles/" + articleId, null).body()).get("text").asString();
        int start = text.indexOf(quote);
        assertThat(start).isNotNegative();
        var body = "{\"start\":" + start + ",\"end\":" + (start + quote.length()) + ",\"attribution\":{\"type\":\"NAMED_INSTITUTION\"}}";
        var response = send(app, "POST", "/api/articles/" + articleId + "/annotations", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asLong();
    }

    private List<Long> matchIds(AppProcess app, long annotationId) throws Exception {
        var response = send(app, "GET", "/api/annotations/" + annotationId + "/matches", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var ids = new ArrayList<Long>();
        for (JsonNode item : json.readTree(response.body()).get("items")) {
            ids.add(item.get("annotationId").asLong());
        }
        return ids;
    }

    private HttpResponse<String> send(AppProcess app, String method, String path, String body) throws Exception {
        return app.api(method, path, body, TOKEN);
    }
}
