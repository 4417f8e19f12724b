package org.claimtrace.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database fails (here: H2 closed, and its file gone so it cannot be opened again), health says DOWN
 * and every API call answers 503 in the API's JSON error shape: never a 200, never the login page's HTML.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/h2/failing-${random.uuid}",
        "spring.datasource.hikari.connection-timeout=1000",
        "spring.datasource.hikari.validation-timeout=500"})
@ActiveProfiles("test")
@DirtiesContext
class DatabaseFailureTest {

    private static final String ADMIN = "admin:admin-test-password";

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aFailedDatabaseMakesHealthDownAndEveryApiCallAJson503() throws Exception {
        assertThat(send("GET", "/api/articles", null, ADMIN).statusCode()).isEqualTo(200);
        breakTheDatabase();

        var health = send("GET", "/actuator/health", null, null);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");

        var body = "{\"start\":0,\"end\":4,\"attribution\":{\"type\":\"NAMED_INSTITUTION\"}}";
        for (var call : new String[][]{
                {"GET", "/api/articles", null},
                {"GET", "/api/export/annotations.csv", null},
                {"GET", "/api/export/claims.csv?formulas=raw", null},
                {"POST", "/api/articles/1/annotations", body},
                {"GET", "/api/annotations/1", null}}) {
            var response = send(call[0], call[1], call[2], ADMIN);
            assertThat(response.statusCode()).as(call[0] + " " + call[1] + ": " + response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(call[1]).startsWith("application/json");
            assertThat(response.headers().firstValue("Content-Disposition")).as(call[1]).isEmpty();
            var error = json.readTree(response.body());
            assertThat(error.get("status").asInt()).isEqualTo(503);
            assertThat(error.get("message").asString()).contains("database is not available");
            assertThat(response.body()).doesNotContain("<html", "org.h2", "SQL");
        }
    }

    /** Closes H2 and puts a folder where its file was, so no connection can open it again. */
    private void breakTheDatabase() throws Exception {
        var connection = dataSource.getConnection();
        var url = connection.getMetaData().getURL();
        connection.createStatement().execute("SHUTDOWN");
        try {
            connection.close();
        } catch (java.sql.SQLException alreadyClosed) {
            // closing hands the connection back to the pool, which finds the database gone: that is the point
        }
        var file = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db");
        Files.move(file, file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".gone"));
        Files.createDirectories(file);
    }

    private HttpResponse<String> send(String method, String path, String body, String credentials) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
