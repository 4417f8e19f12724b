package org.claimtrace.exchange;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.h2.jdbcx.JdbcDataSource;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exports 1,000,000 annotations from an embedded H2 file database as annotations.csv, in a JVM limited to
 * {@code -Xmx256m} (the benchmark starts that JVM itself): rows/s end to end, and how much the heap's live
 * set grows (the largest heap in use just after any garbage collection during the export, minus before).
 * Then the CSV writer alone on the same rows held in memory: the ceiling. The database is generated once
 * under target/bench-export and reused.
 */
public final class ExportBenchmark {

    private static final int ANNOTATIONS = Integer.getInteger("export.rows", 1_000_000);
    private static final int ARTICLES = 1_000;
    private static final Path DATABASE = Path.of("target", "bench-export");

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("export.child")) {
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var command = new ArrayList<>(List.of(java, "-Xmx256m", "-Dexport.child=true", "-Dexport.rows=" + ANNOTATIONS));
            // e.g. -Dexport.jvmArgs=-XX:StartFlightRecording=filename=target/export.jfr to profile the export
            command.addAll(Arrays.stream(System.getProperty("export.jvmArgs", "").split(" ")).filter(a -> !a.isBlank()).toList());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExportBenchmark.class.getName()));
            var child = new ProcessBuilder(command).inheritIO().start();
            System.exit(child.waitFor());
        }
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + DATABASE.toAbsolutePath().resolve("export") + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        ensureRows(dataSource);
        var rows = new AnnotationRows(dataSource);

        System.out.printf("export: %,d annotations in H2, max heap %d MB%n", ANNOTATIONS, Runtime.getRuntime().maxMemory() >> 20);
        run(rows, 1, "warm-up");
        var liveGrowth = new long[1];
        var bytes = new long[1];
        double seconds = measure(() -> bytes[0] = run(rows, 1, "export"), liveGrowth);
        double perSecond = ANNOTATIONS / seconds;

        long r0 = System.nanoTime();
        long[] read = {0};
        rows.forEach(ExportFilter.ALL, false, row -> read[0]++);
        double readSeconds = (System.nanoTime() - r0) / 1e9;
        System.out.printf("  reading the rows alone (no writing): %.2f s, %,.0f rows/s%n", readSeconds, read[0] / readSeconds);

        // one row per claim link: the same writer, rows read by claim (a third of the annotations are linked)
        var linkOptions = new ExportOptions(true, true, false, true);
        long l0 = System.nanoTime();
        var linkBytes = new CountingStream();
        AnnotationCsv.write(rows.source(ExportFilter.ALL, true), linkOptions, linkBytes, Progress.NONE);
        double linkSeconds = (System.nanoTime() - l0) / 1e9;
        long linkRows = rows.count(new ExportFilter(java.util.Set.of(), null, null, null, java.util.Set.of(), null, org.claimtrace.claim.LinkStatus.CONFIRMED, null));
        System.out.printf("  one row per claim link: %,d rows in %.2f s, %,.0f rows/s%n", linkRows, linkSeconds, linkRows / linkSeconds);

        var sample = new ArrayList<AnnotationRow>(10_000);
        rows.forEach(ExportFilter.ALL, false, row -> {
            if (sample.size() < 10_000) {
                sample.add(row);
            }
        });
        writerAlone(sample);
        long t0 = System.nanoTime();
        writerAlone(sample);
        double writerSeconds = (System.nanoTime() - t0) / 1e9;
        double writerPerSecond = ANNOTATIONS / writerSeconds;

        System.out.printf("  end to end: %.2f s, %,.0f rows/s, %,d MB of CSV, live heap growth %d MB%n",
                seconds, perSecond, bytes[0] >> 20, liveGrowth[0] >> 20);
        System.out.printf("  CSV writer alone on the same rows: %.2f s, %,.0f rows/s; end to end is %.0f%% of it%n",
                writerSeconds, writerPerSecond, 100 * perSecond / writerPerSecond);
        System.out.printf("export: rows=%d rows_per_s=%.0f heap_growth_mb=%d read_rows_per_s=%.0f writer_rows_per_s=%.0f ratio=%.2f link_rows_per_s=%.0f csv_mb=%d xmx_mb=%d%n",
                ANNOTATIONS, perSecond, liveGrowth[0] >> 20, read[0] / readSeconds, writerPerSecond, perSecond / writerPerSecond, linkRows / linkSeconds, bytes[0] >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long run(AnnotationRows rows, int times, String label) {
        var out = new CountingStream();
        for (int i = 0; i < times; i++) {
            AnnotationCsv.write(rows.source(ExportFilter.ALL, false), ExportOptions.DEFAULT, out, Progress.NONE);
        }
        return out.count;
    }

    private static void writerAlone(List<AnnotationRow> sample) {
        AnnotationCsv.write(each -> {
            for (int i = 0; i < ANNOTATIONS; i++) {
                each.accept(sample.get(i % sample.size()));
            }
        }, ExportOptions.DEFAULT, new CountingStream(), Progress.NONE);
    }

    /** Times {@code work}; records the largest heap in use right after a GC during it, minus before. */
    private static double measure(Runnable work, long[] liveGrowth) {
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        var maxAfterGc = new AtomicLong(before);
        var listeners = new ArrayList<Runnable>();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            var emitter = (NotificationEmitter) gc;
            javax.management.NotificationListener listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    maxAfterGc.accumulateAndGet(used, Math::max);
                }
            };
            emitter.addNotificationListener(listener, null, null);
            listeners.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (Exception ignored) {
                    // gone already
                }
            });
        }
        long t0 = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        listeners.forEach(Runnable::run);
        liveGrowth[0] = Math.max(0, maxAfterGc.get() - before);
        return seconds;
    }

    private static void ensureRows(JdbcDataSource dataSource) throws Exception {
        Files.createDirectories(DATABASE);
        try {
            Flyway.configure().dataSource(dataSource).load().migrate();
        } catch (FlywayValidateException stale) {
            // a database kept from before a migration was added in between: start again from empty
            System.out.println("export: the kept database predates the migrations (" + stale.getMessage().lines().findFirst().orElse("") + "); rebuilding it");
            try (var connection = dataSource.getConnection()) {
                connection.createStatement().execute("SHUTDOWN");
            }
            try (var files = Files.list(DATABASE)) {
                for (var file : files.toList()) {
                    Files.delete(file);
                }
            }
            Flyway.configure().dataSource(dataSource).load().migrate();
        }
        try (var connection = dataSource.getConnection()) {
            long existing;
            try (var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM claim_annotation")) {
                rs.next();
                existing = rs.getLong(1);
            }
            if (existing == ANNOTATIONS) {
                return;
            }
            System.out.printf("export: generating %,d annotations (once; kept in %s)%n", ANNOTATIONS, DATABASE);
            connection.createStatement().execute("DELETE FROM claim_annotation");
            generate(connection);
        }
    }

    private static void generate(Connection connection) throws SQLException {
        var random = new Random(7);
        var now = Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));
        connection.setAutoCommit(false);
        var st = connection.createStatement();
        st.execute("INSERT INTO outlet (name, kind) SELECT 'Outlet ' || x, 'NEWSPAPER' FROM SYSTEM_RANGE(1, 20) WHERE NOT EXISTS (SELECT 1 FROM outlet)");
        st.execute("INSERT INTO article (outlet_id, headline, url, published_at, published_zone, language, text, content_hash, created_at, created_by) "
                + "SELECT (SELECT MIN(id) FROM outlet) + MOD(x, 20), 'Headline ' || x, 'https://example.org/story/' || x, "
                + "TIMESTAMP WITH TIME ZONE '2023-09-04 18:30:00-04:00' + x * INTERVAL '1' HOUR, 'America/New_York', 'en', "
                + "'Article text ' || x, LPAD(CAST(x AS VARCHAR), 64, '0'), CURRENT_TIMESTAMP, 'bench' FROM SYSTEM_RANGE(1, " + ARTICLES + ") "
                + "WHERE NOT EXISTS (SELECT 1 FROM article)");
        st.execute("INSERT INTO claim (short_text, created_at, created_by, updated_at, updated_by) "
                + "SELECT 'Claim number ' || x, CURRENT_TIMESTAMP, 'bench', CURRENT_TIMESTAMP, 'bench' FROM SYSTEM_RANGE(1, 100000) "
                + "WHERE NOT EXISTS (SELECT 1 FROM claim)");
        long firstArticle = scalar(connection, "SELECT MIN(id) FROM article");
        long firstClaim = scalar(connection, "SELECT MIN(id) FROM claim");
        String[] types = {"ANONYMOUS_VAGUE", "NAMED_PERSON", "OTHER_OUTLET", "INTELLIGENCE", "STATE_MEDIA"};
        String[] words = "officials said the missile launch was a test of new technology that Russia supplied, \"according to\" sources".split(" ");
        try (var insert = connection.prepareStatement("INSERT INTO claim_annotation (article_id, start_offset, end_offset, quote, prefix, suffix, "
                + "anchor_state, type_code, cue, source_as_written, on_record, claim_id, linked_by, linked_at, created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'ANCHORED', ?, 'said', ?, ?, ?, ?, ?, ?, 'editor', ?, 'editor')")) {
            for (int i = 0; i < ANNOTATIONS; i++) {
                var quote = new StringBuilder();
                for (int w = 0; w < 12 + random.nextInt(20); w++) {
                    quote.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                }
                int start = random.nextInt(50_000);
                insert.setLong(1, firstArticle + random.nextInt(ARTICLES));
                insert.setInt(2, start);
                insert.setInt(3, start + quote.length());
                insert.setString(4, quote.toString());
                insert.setString(5, "the previous sentence ended. ");
                insert.setString(6, " and the next one begins here");
                insert.setString(7, types[i % types.length]);
                insert.setString(8, i % 3 == 0 ? "American and allied officials" : null);
                insert.setString(9, i % 2 == 0 ? "ANONYMOUS" : "ON_RECORD");
                boolean linked = i % 3 == 0;
                insert.setObject(10, linked ? firstClaim + random.nextInt(100_000) : null);
                insert.setString(11, linked ? "editor" : null);
                insert.setTimestamp(12, linked ? now : null);
                insert.setTimestamp(13, now);
                insert.setTimestamp(14, now);
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        connection.setAutoCommit(true);
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
