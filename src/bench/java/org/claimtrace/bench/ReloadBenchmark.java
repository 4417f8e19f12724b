package org.claimtrace.bench;

import org.claimtrace.article.ContentHash;
import org.claimtrace.linking.MatchService;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * {@code -Dbench=reload}: a restart with 100,000 annotations whose sentence vectors are stored: seconds from the
 * app being up (words-only matching) until meaning-based matching is back (target: 30 s), on H2 and, with
 * -Dbench.pg.url, on PostgreSQL. Measured twice: a first start with no match index kept (as after an upgrade:
 * every stored vector read and indexed), then a restart with the index that start kept in the data folder
 * (reconciled with the database). The stored vectors are random unit vectors under the texts' real hashes:
 * what is measured is reading and indexing them, not the model.
 */
public final class ReloadBenchmark {

    private static final int PORT = Integer.getInteger("reload.port", 18220);

    private ReloadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var summary = new LinkedHashMap<String, Object>();
        summary.putAll(measure("h2", BenchApp.h2()));
        var postgres = BenchApp.postgres();
        if (postgres != null) {
            new JdbcTemplate(org.springframework.boot.jdbc.DataSourceBuilder.create().url(postgres.get("spring.datasource.url"))
                    .username(postgres.get("spring.datasource.username")).password(postgres.get("spring.datasource.password")).build())
                    .execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
            summary.putAll(measure("pg", postgres));
        } else {
            System.out.println("(no -Dbench.pg.url: PostgreSQL not measured)");
        }
        var line = new StringBuilder("reload:");
        summary.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        System.out.println(line);
    }

    private static Map<String, Object> measure(String name, Map<String, String> database) throws Exception {
        var index = Files.createTempDirectory("claimtrace-bench-index-");
        var properties = new LinkedHashMap<>(database);
        properties.put("claimtrace.matching.index", index.toString());
        var off = new LinkedHashMap<>(properties);
        off.put("claimtrace.matching.embeddings", "false");
        try (var app = BenchApp.start(PORT, off)) {
            BulkCorpus.load(app);
            storeVectors(app.bean(DataSource.class));
        }
        var figures = new LinkedHashMap<String, Object>();
        try {
            BenchApp.deleteTree(index); // a first start after an upgrade: no index kept yet
            figures.putAll(start(name, "first start, no index kept", name + "_first", properties));
            figures.putAll(start(name, "restart, index kept", name, properties));
        } finally {
            BenchApp.deleteTree(index);
        }
        return figures;
    }

    private static Map<String, Object> start(String name, String what, String key, Map<String, String> properties) throws Exception {
        long started = System.nanoTime();
        try (var app = BenchApp.start(PORT, properties)) {
            long up = System.nanoTime();
            var matches = app.bean(MatchService.class);
            while (!matches.meaningReady()) {
                Thread.sleep(100);
            }
            long ready = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s, %s: up after %.1f s, meaning-based matching %.1f s later (model load included); load average %.1f%n",
                    name, what, (up - started) / 1e9, (ready - up) / 1e9,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            var figures = new LinkedHashMap<String, Object>();
            figures.put(key + "_up_s", String.format(Locale.ROOT, "%.1f", (up - started) / 1e9));
            figures.put(key + "_vectors_ready_s", String.format(Locale.ROOT, "%.1f", (ready - up) / 1e9));
            return figures;
        }
    }

    /** A random unit vector, stored as the app stores one, for every live quote and every headline. */
    private static void storeVectors(DataSource dataSource) {
        var jdbc = new JdbcTemplate(dataSource);
        var texts = new LinkedHashSet<String>();
        jdbc.query("SELECT quote FROM claim_annotation WHERE deleted_at IS NULL", rs -> {
            texts.add(rs.getString(1));
        });
        jdbc.query("SELECT headline FROM article", rs -> {
            texts.add(rs.getString(1));
        });
        var random = new Random(7);
        var rows = new ArrayList<Object[]>(1000);
        for (var text : texts) {
            var vector = new float[384];
            double norm = 0;
            for (int i = 0; i < vector.length; i++) {
                vector[i] = (float) random.nextGaussian();
                norm += vector[i] * vector[i];
            }
            var buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (float v : vector) {
                buffer.putFloat((float) (v / Math.sqrt(norm)));
            }
            rows.add(new Object[]{"all-minilm-l6-v2", ContentHash.of(text), buffer.array()});
            if (rows.size() == 1000) {
                jdbc.batchUpdate("INSERT INTO sentence_vector (model, text_sha256, vector) VALUES (?, ?, ?)", rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO sentence_vector (model, text_sha256, vector) VALUES (?, ?, ?)", rows);
        }
        System.out.printf(Locale.ROOT, "%,d sentence vectors stored%n", texts.size());
    }
}
