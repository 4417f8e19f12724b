package org.claimtrace.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;

/**
 * {@code -Dbench=bulkimport}: 1,000 articles and 100,000 annotations imported as CSV into the whole app, then its
 * background work (the match index and the sentence vectors of every new quote) until every text has its
 * vector: the peak heap in use after a garbage collection (the live heap, near enough) and the time taken.
 * Run it as the issue did, in 1 GB: {@code -Dbench.jvmArgs="-Xmx1g"}.
 */
public final class BulkimportBenchmark {

    private static final int PORT = Integer.getInteger("bulk.port", 18230);
    private static final long IDLE_MS = 120_000;

    private BulkimportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var peak = new AtomicLong();
        watchHeapAfterGc(peak);
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf(Locale.ROOT, "max heap %d MB%n", max >> 20);
        var database = BenchApp.postgres() != null && Boolean.getBoolean("bulk.pg") ? BenchApp.postgres() : BenchApp.h2();
        long started = System.nanoTime();
        try (var app = BenchApp.start(PORT, database)) {
            long importMs = BulkCorpus.load(app);
            var jdbc = new JdbcTemplate(app.bean(DataSource.class));
            long texts = jdbc.queryForObject("SELECT COUNT(DISTINCT quote) FROM claim_annotation", Long.class)
                    // the headlines of articles with annotations (the seed articles have none: nothing embeds theirs)
                    + jdbc.queryForObject("SELECT COUNT(DISTINCT a.headline) FROM article a WHERE EXISTS "
                            + "(SELECT 1 FROM claim_annotation c WHERE c.article_id = a.id)", Long.class);
            long vectors = 0;
            long lastGrowth = System.nanoTime();
            while (vectors < texts && (System.nanoTime() - lastGrowth) / 1_000_000 < IDLE_MS) {
                Thread.sleep(5_000);
                long now = jdbc.queryForObject("SELECT COUNT(*) FROM sentence_vector", Long.class);
                if (now > vectors) {
                    lastGrowth = System.nanoTime();
                }
                vectors = now;
                System.out.printf(Locale.ROOT, "  %,d of %,d texts have their vector; peak live heap so far %d MB%n",
                        vectors, texts, peak.get() >> 20);
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            System.out.printf(Locale.ROOT, "%,d of %,d texts embedded; %d s in all; peak heap after GC %d MB of %d MB%n",
                    vectors, texts, seconds, peak.get() >> 20, max >> 20);
            System.out.printf(Locale.ROOT, "bulkimport: max_heap_mb=%d peak_live_heap_mb=%d import_s=%.1f vectors=%d texts=%d total_s=%d%n",
                    max >> 20, peak.get() >> 20, importMs / 1e3, vectors, texts, seconds);
        }
    }

    /** After every collection: the heap in use, all pools together; the largest is kept. */
    private static void watchHeapAfterGc(AtomicLong peak) {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("Code") && !e.getKey().contains("Class"))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    peak.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }
}
