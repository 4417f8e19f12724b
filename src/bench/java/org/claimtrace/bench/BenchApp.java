package org.claimtrace.bench;

import org.claimtrace.Application;
import org.claimtrace.security.ApiTokenService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The whole app in the benchmark's JVM, on a database of the benchmark's choosing, with an admin API token. */
final class BenchApp implements AutoCloseable {

    static final String ADMIN_PASSWORD = "bench-admin-password";

    final ConfigurableApplicationContext context;
    final int port;
    final String authorization;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private BenchApp(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
        var secret = as("admin", () -> context.getBean(ApiTokenService.class).create("benchmark " + System.nanoTime()).secret());
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** H2 in a new temporary folder. */
    static Map<String, String> h2() throws Exception {
        var folder = Files.createTempDirectory("claimtrace-bench-");
        return Map.of("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("claimtrace") + ";WRITE_DELAY=0");
    }

    /** The PostgreSQL given by -Dbench.pg.url (or CLAIMTRACE_BENCH_PG_URL), user postgres without password unless given. */
    static Map<String, String> postgres() {
        var url = System.getProperty("bench.pg.url", "");
        if (url.isBlank()) {
            url = System.getenv("CLAIMTRACE_BENCH_PG_URL");
        }
        if (url == null || url.isBlank()) {
            return null;
        }
        return Map.of("spring.datasource.url", url,
                "spring.datasource.username", System.getProperty("bench.pg.user", "postgres"),
                "spring.datasource.password", System.getProperty("bench.pg.password", ""));
    }

    static BenchApp start(int port, Map<String, String> properties) {
        var args = new ArrayList<String>(List.of("--server.port=" + port, "--claimtrace.admin.password=" + ADMIN_PASSWORD,
                "--vaadin.devmode.devTools.enabled=false", "--logging.level.org.claimtrace=info"));
        properties.forEach((name, value) -> args.add("--" + name + "=" + value));
        var app = new SpringApplication(Application.class);
        return new BenchApp(app.run(args.toArray(String[]::new)), port);
    }

    static <T> T as(String user, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    HttpResponse<String> send(String method, String path, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    static void deleteTree(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (Exception ignored) {
            // a temporary folder
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
