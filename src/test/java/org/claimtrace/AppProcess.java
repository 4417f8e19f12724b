package org.claimtrace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The app in a child JVM, as a service manager runs it: the test JVM's own class path, a data folder and a
 * port of the test's choosing, its output in a log file. For what only a real process shows: a
 * {@code kill -9} ({@link #kill()}), a SIGTERM ({@link #terminate()}), the exit status and files left behind.
 */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient API = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the app in {@code workDir} (its working folder, where a JVM crash would leave its hs_err file) on
     * {@code dataDir}, with Spring properties given as {@code --name=value} arguments.
     */
    public static AppProcess start(Path workDir, Path dataDir, Map<String, String> properties, String... jvmOptions) {
        try {
            Files.createDirectories(workDir);
            int port = freePort();
            var java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            var command = new ArrayList<String>(List.of(java, "-Xmx768m", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED"));
            command.addAll(List.of(jvmOptions));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.claimtrace.Application",
                    "--server.port=" + port, "--vaadin.devmode.devTools.enabled=false"));
            properties.forEach((name, value) -> command.add("--" + name + "=" + value));
            var log = Files.createTempFile(workDir, "app-", ".log");
            var builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("CLAIMTRACE_DATA_DIR", dataDir.toString());
            builder.environment().remove("SPRING_DATASOURCE_URL");
            return new AppProcess(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** One call of the app's HTTP API as the administrator with a personal token; a body is sent as JSON. */
    public HttpResponse<String> api(String method, String path, String body, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + token).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return API.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until health answers UP; fails with the log's end when the process died or took too long. */
    public AppProcess awaitUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("The app exited with " + process.exitValue() + " before it was up:\n" + tail());
                }
                try {
                    var response = client.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("UP")) {
                        return this;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("The app was not up within " + timeout + ":\n" + tail());
    }

    /** Waits until the log has a line that passes the test. */
    public AppProcess awaitLog(Predicate<String> line, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (log().lines().anyMatch(line)) {
                return this;
            }
            if (!process.isAlive()) {
                throw new AssertionError("The app exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No such line in the log within " + timeout + ":\n" + tail());
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofMinutes(2));
    }

    /** SIGTERM, as a service manager stops a service; returns the exit status. */
    public int terminate(Duration timeout) {
        process.destroy();
        return awaitExit(timeout);
    }

    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("The app did not stop within " + timeout + ":\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    public String tail() {
        var lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /** Never leaves the process behind, and never hides the test's own failure behind one of its own. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
