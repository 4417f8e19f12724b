package org.claimtrace.bench;

import java.nio.file.Files;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code -Dbench=writes}: annotations created through the HTTP API by 50 concurrent clients with a personal
 * token, on H2 (durable commits, decision 009) and, with -Dbench.pg.url, on PostgreSQL: writes a second and
 * latency percentiles. Then what a write costs: the same with the match index's sentence vectors off (no
 * embedding hand-off), and the database's bare commit rate from 50 threads with H2's WRITE_DELAY 0 and 500.
 * Targets on 2 cores: at least 200 writes/s and p95 at most 300 ms on H2.
 */
public final class WritesBenchmark {

    private static final int CLIENTS = Integer.getInteger("writes.clients", 50);
    private static final int WARMUP_SECONDS = Integer.getInteger("writes.warmup", 10);
    private static final int SECONDS = Integer.getInteger("writes.seconds", 30);
    private static final int PORT = Integer.getInteger("writes.port", 18210);

    private WritesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var summary = new LinkedHashMap<String, Object>();
        summary.putAll(measure("h2", BenchApp.h2(), Map.of()));
        if (Boolean.parseBoolean(System.getProperty("writes.breakdown", "true"))) {
            summary.putAll(measure("h2_words_only", BenchApp.h2(), Map.of("claimtrace.matching.embeddings", "false")));
            summary.put("h2_commits_per_s_delay0", commitRate(0));
            summary.put("h2_commits_per_s_delay500", commitRate(500));
        }
        var postgres = BenchApp.postgres();
        if (postgres != null) {
            summary.putAll(measure("pg", postgres, Map.of()));
        } else {
            System.out.println("(no -Dbench.pg.url: PostgreSQL not measured)");
        }
        var line = new StringBuilder("writes:");
        summary.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        System.out.println(line);
    }

    private static Map<String, Object> measure(String name, Map<String, String> database, Map<String, String> extra) throws Exception {
        var properties = new LinkedHashMap<>(database);
        properties.putAll(extra);
        try (var app = BenchApp.start(PORT, properties)) {
            var spans = spans(app);
            var next = new AtomicInteger();
            System.out.printf(Locale.ROOT, "%s: %d clients, %d s warm-up, %d s measured%n", name, CLIENTS, WARMUP_SECONDS, SECONDS);
            run(app, spans, next, WARMUP_SECONDS, new long[0][]);
            var latencies = new long[CLIENTS][];
            var cpu = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = cpu.getProcessCpuTime();
            long errors = run(app, spans, next, SECONDS, latencies);
            long cpuNanos = cpu.getProcessCpuTime() - cpu0;
            var all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            double perSecond = all.length / (double) SECONDS;
            var figures = new LinkedHashMap<String, Object>();
            figures.put(name + "_per_s", Math.round(perSecond));
            figures.put(name + "_p50ms", millis(all, 0.50));
            figures.put(name + "_p95ms", millis(all, 0.95));
            figures.put(name + "_p99ms", millis(all, 0.99));
            figures.put(name + "_errors", errors);
            // CPU of the whole process (the app and the 50 clients, which share this JVM) per write: what a write
            // costs, independent of what else the machine is running
            figures.put(name + "_cpu_ms_per_write", String.format(Locale.ROOT, "%.1f", cpuNanos / 1e6 / Math.max(1, all.length)));
            System.out.printf(Locale.ROOT, "%s: %,d writes in %d s = %.0f/s, p50 %s ms, p95 %s ms, p99 %s ms, %d errors, "
                    + "%s CPU ms a write (app and clients), load average %.1f%n", name, all.length, SECONDS, perSecond,
                    figures.get(name + "_p50ms"), figures.get(name + "_p95ms"), figures.get(name + "_p99ms"), errors,
                    figures.get(name + "_cpu_ms_per_write"), cpu.getSystemLoadAverage());
            return figures;
        }
    }

    /** Distinct spans (one word to six) over articles made for the run: never the same annotation twice. */
    private static List<String> spans(BenchApp app) throws Exception {
        var bodies = new ArrayList<String>();
        for (int a = 0; a < 8; a++) {
            var text = new StringBuilder();
            for (int w = 0; w < 5000; w++) {
                text.append("word").append(w).append(w % 15 == 14 ? ".\n\n" : " ");
            }
            text.append("Marker ").append(UUID.randomUUID()).append('.');
            var json = "{\"outlet\":{\"name\":\"Bench Wire\",\"kind\":\"WIRE_SERVICE\"},\"headline\":\"Writes benchmark " + a
                    + "\",\"text\":\"" + text.toString().replace("\n", "\\n") + "\"}";
            var created = app.send("POST", "/api/articles", json);
            if (created.statusCode() != 201) {
                throw new IllegalStateException(created.statusCode() + " " + created.body());
            }
            long id = Long.parseLong(created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
            var stored = text.toString().strip();
            var starts = new ArrayList<Integer>();
            for (int at = 0; at >= 0 && at < stored.length(); at = stored.indexOf("word", at + 1)) {
                starts.add(at);
            }
            for (int length = 1; length <= 6; length++) {
                for (int i = 0; i + length < starts.size(); i++) {
                    int start = starts.get(i);
                    int end = starts.get(i + length) - 1;
                    bodies.add(id + "|{\"start\":" + start + ",\"end\":" + end + ",\"attribution\":{\"type\":\"NAMED_INSTITUTION\"}}");
                }
            }
        }
        java.util.Collections.shuffle(bodies, new java.util.Random(13));
        return bodies;
    }

    private static long run(BenchApp app, List<String> spans, AtomicInteger next, int seconds, long[][] latencies) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        var errors = new AtomicLong();
        var done = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread.ofPlatform().start(() -> {
                var mine = new long[1024];
                int count = 0;
                try {
                    while (System.nanoTime() < deadline) {
                        var span = spans.get(next.getAndIncrement() % spans.size());
                        int bar = span.indexOf('|');
                        long started = System.nanoTime();
                        var response = app.send("POST", "/api/articles/" + span.substring(0, bar) + "/annotations", span.substring(bar + 1));
                        long took = System.nanoTime() - started;
                        if (response.statusCode() == 201) {
                            if (count == mine.length) {
                                mine = Arrays.copyOf(mine, count * 2);
                            }
                            mine[count++] = took;
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    if (latencies.length > 0) {
                        latencies[client] = Arrays.copyOf(mine, count);
                    }
                    done.countDown();
                }
            });
        }
        done.await();
        return errors.get();
    }

    /** Bare H2: 50 threads inserting one row per transaction for 10 s. */
    private static long commitRate(int writeDelay) throws Exception {
        var folder = Files.createTempDirectory("claimtrace-commits-");
        var url = "jdbc:h2:file:" + folder.resolve("commits") + ";WRITE_DELAY=" + writeDelay;
        try (var setup = DriverManager.getConnection(url, "sa", "")) {
            setup.createStatement().execute("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                    + "a VARCHAR(200), b VARCHAR(200), c INT)");
            long deadline = System.nanoTime() + 10_000_000_000L;
            var commits = new AtomicLong();
            var done = new CountDownLatch(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                Thread.ofPlatform().start(() -> {
                    try (var connection = DriverManager.getConnection(url, "sa", "");
                         var insert = connection.prepareStatement("INSERT INTO t (a, b, c) VALUES (?, ?, ?)")) {
                        while (System.nanoTime() < deadline) {
                            insert.setString(1, "the quote of an annotation " + commits.get());
                            insert.setString(2, "its prefix and suffix");
                            insert.setInt(3, 7);
                            insert.executeUpdate();
                            commits.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
            long rate = commits.get() / 10;
            System.out.printf(Locale.ROOT, "H2 bare commits, WRITE_DELAY %d, %d threads: %,d/s%n", writeDelay, CLIENTS, rate);
            return rate;
        } finally {
            BenchApp.deleteTree(folder);
        }
    }

    private static String millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.0f", sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e6);
    }
}
