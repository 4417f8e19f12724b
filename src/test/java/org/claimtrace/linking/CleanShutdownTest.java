package org.claimtrace.linking;

import org.claimtrace.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service manager stops the app (SIGTERM) while the sentence-embedding model is still loading: the JVM must
 * exit cleanly, not crash in onnxruntime's native code (SIGSEGV/SIGBUS with an hs_err file, the database left
 * unclosed), because the background work is awaited before anything it uses is released.
 */
class CleanShutdownTest {

    @Test
    void stoppingTheAppWhileTheEmbeddingModelLoadsExitsCleanly(@TempDir Path work) throws Exception {
        try (var app = AppProcess.start(work, work.resolve("data"), Map.of(
                "claimtrace.admin.password", "shutdown-test-password",
                "claimtrace.matching.embeddings", "true"))) {
            app.awaitLog(line -> line.contains("Match index ready in"), Duration.ofMinutes(10));
            int status = app.terminate(Duration.ofMinutes(3));

            assertThat(status).as(app.tail()).isIn(0, 143);
            try (var files = Files.list(work)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith("hs_err"));
            }
            assertThat(app.log()).doesNotContain("A fatal error has been detected by the Java Runtime Environment");
        }
    }
}
