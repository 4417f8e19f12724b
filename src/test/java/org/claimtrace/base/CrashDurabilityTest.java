package org.claimtrace.base;

import org.claimtrace.AppProcess;
import org.claimtrace.OnPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No acknowledged write is lost when the process dies: the app in a child JVM takes annotations from several
 * writers through the API, is killed with SIGKILL the instant one more 201 arrives, and is started again on
 * the same data. Every annotation acknowledged with 201 must be there, and the app must come up cleanly.
 */
class CrashDurabilityTest {

    private static final String PASSWORD = "crash-test-password";
    /** A personal API token: a password hash per request would spend the CPU the writers need. */
    private static final String TOKEN = "ct_" + "crashtestcrashtestcrashtestcrashtestcrashte".substring(0, 43);
    private static final int WRITERS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 200;
    private static final Duration START = Duration.ofMinutes(10);

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyAnnotationAcknowledgedBeforeAKillIsThereAfterARestartOnH2(@TempDir Path work) throws Exception {
        crashAndRestart(work, Map.of());
    }

    @Test
    @OnPostgres
    void everyAnnotationAcknowledgedBeforeAKillIsThereAfterARestartOnPostgres(@TempDir Path work) throws Exception {
        var url = System.getenv("CLAIMTRACE_TEST_PG_URL");
        var user = System.getenv().getOrDefault("CLAIMTRACE_TEST_PG_USER", "postgres");
        var password = System.getenv().getOrDefault("CLAIMTRACE_TEST_PG_PASSWORD", "");
        var database = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.createStatement().execute("CREATE DATABASE " + database);
        }
        try {
            crashAndRestart(work, Map.of("spring.datasource.url", url.substring(0, url.lastIndexOf('/') + 1) + database,
                    "spring.datasource.username", user, "spring.datasource.password", password));
        } finally {
            try (var connection = DriverManager.getConnection(url, user, password)) {
                connection.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private void crashAndRestart(Path work, Map<String, String> database) throws Exception {
        var properties = new HashMap<>(database);
        properties.put("claimtrace.admin.password", PASSWORD);
        properties.put("claimtrace.matching.embeddings", "false");
        properties.put("claimtrace.test.admin-token", TOKEN);
        var data = work.resolve("data");
        long articleId;
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        try (var app = AppProcess.start(work, data, properties).awaitUp(START)) {
            articleId = createArticle(app);
            writeUntilKilled(app, articleId, acknowledged);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        }
        try (var app = AppProcess.start(work, data, properties).awaitUp(START)) {
            var stored = new HashSet<Long>();
            var response = send(app, "GET", "/api/articles/" + articleId + "/annotations", null);
            assertThat(response.statusCode()).isEqualTo(200);
            json.readTree(response.body()).get("items").forEach(item -> stored.add(item.get("id").asLong()));
            var lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            System.out.println("crash test: " + acknowledged.size() + " annotations acknowledged before the kill, "
                    + lost.size() + " of them lost " + lost);
            assertThat(stored).as("annotations acknowledged with 201 before the kill").containsAll(acknowledged);
            assertThat(app.log()).as("the restarted app's log").doesNotContain(" ERROR ");
            assertThat(app.terminate(Duration.ofMinutes(3))).isIn(0, 143);
        }
    }

    private long createArticle(AppProcess app) throws Exception {
        var words = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            words.append("word").append(i).append(i % 12 == 11 ? ".\n\n" : " ");
        }
        var body = Map.of("outlet", Map.of("name", "Crash Test Post", "kind", "NEWSPAPER"),
                "headline", "Crash test " + UUID.randomUUID(), "text", words.toString());
        var response = send(app, "POST", "/api/articles", json.writeValueAsString(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asLong();
    }

    /** Writers post distinct spans until enough are acknowledged; the next 201 kills the app at once. */
    private void writeUntilKilled(AppProcess app, long articleId, Set<Long> acknowledged) throws Exception {
        var text = json.readTree(send(app, "GET", "/api/articles/" + articleId, null).body()).get("text").asString();
        var spans = new ArrayList<int[]>();
        for (int at = 0, next; (next = text.indexOf(' ', at)) > 0 && spans.size() < 3000; at = next + 1) {
            spans.add(new int[]{at, next});
        }
        var nextSpan = new AtomicInteger();
        var killed = new AtomicBoolean();
        var done = new CountDownLatch(WRITERS);
        var failures = new ArrayList<String>();
        for (int w = 0; w < WRITERS; w++) {
            Thread.ofPlatform().start(() -> {
                try {
                    while (!killed.get()) {
                        var span = spans.get(nextSpan.getAndIncrement());
                        var body = "{\"start\":" + span[0] + ",\"end\":" + span[1] + ",\"attribution\":{\"type\":\"NAMED_INSTITUTION\"}}";
                        HttpResponse<String> response;
                        try {
                            response = send(app, "POST", "/api/articles/" + articleId + "/annotations", body);
                        } catch (Exception lost) {
                            continue; // the kill cut this request: it was never acknowledged
                        }
                        if (response.statusCode() == 201) {
                            acknowledged.add(json.readTree(response.body()).get("id").asLong());
                            if (acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL && killed.compareAndSet(false, true)) {
                                app.kill();
                            }
                        } else if (!killed.get()) {
                            synchronized (failures) {
                                failures.add(response.statusCode() + " " + response.body());
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        assertThat(failures).isEmpty();
    }

    private HttpResponse<String> send(AppProcess app, String method, String path, String body) throws Exception {
        return app.api(method, path, body, TOKEN);
    }
}
