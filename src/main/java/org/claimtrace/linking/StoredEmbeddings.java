package org.claimtrace.linking;

import org.claimtrace.article.ContentHash;
import org.claimtrace.matching.SentenceEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Sentence vectors kept in the database by model and text (SHA-256), so each text goes through the
 * embedding model once: a restart rebuilds the match index from stored vectors (about 260 texts a second
 * on two cores would otherwise keep "similar meaning" matches away for minutes in a large newsroom).
 * Texts are keyed by content, so an edited quote simply gets a new vector and nothing needs invalidating.
 */
@Component
class StoredEmbeddings {

    private static final int LOOKUP = 500;

    private final JdbcTemplate jdbc;
    private static final Logger log = LoggerFactory.getLogger(StoredEmbeddings.class);

    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    StoredEmbeddings(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * The embedder's document vectors of {@code texts}, in order: stored ones read, the rest computed now and
     * stored. A text the model cannot take (a lone surrogate made it throw) gets null and is counted: one bad
     * text must not cost every other text its vector.
     */
    List<float[]> documents(SentenceEmbedder embedder, List<String> texts) {
        var hashes = texts.stream().map(ContentHash::of).toList();
        var vectors = find(embedder.name(), hashes);
        var missing = new LinkedHashMap<String, String>();
        for (int i = 0; i < texts.size(); i++) {
            if (!vectors.containsKey(hashes.get(i))) {
                missing.putIfAbsent(hashes.get(i), texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            var fresh = embedEach(embedder, new ArrayList<>(missing.values()));
            int i = 0;
            for (var hash : missing.keySet()) {
                var vector = fresh.get(i++);
                if (vector != null) {
                    vectors.put(hash, vector);
                    save(embedder.name(), hash, vector);
                    computed.incrementAndGet();
                }
            }
        }
        return hashes.stream().map(vectors::get).toList();
    }

    /** The batch at once; if the model refuses it, text by text, with null for each text it cannot take. */
    private List<float[]> embedEach(SentenceEmbedder embedder, List<String> texts) {
        try {
            return embedder.embedDocuments(texts);
        } catch (RuntimeException batchFailed) {
            var vectors = new ArrayList<float[]>(texts.size());
            int failed = 0;
            for (var text : texts) {
                try {
                    vectors.add(embedder.embedDocuments(List.of(text)).getFirst());
                } catch (RuntimeException e) {
                    vectors.add(null);
                    failed++;
                    log.debug("The embedding model cannot take {}", text.codePoints().limit(80).collect(StringBuilder::new,
                            StringBuilder::appendCodePoint, StringBuilder::append), e);
                }
            }
            skipped.addAndGet(failed);
            if (failed == 0) {
                log.info("The embedding model refused a batch of {} texts ({}); taken one by one, every one has its vector",
                        texts.size(), batchFailed.toString());
            } else {
                log.warn("Skipped {} of {} texts the embedding model cannot take ({} skipped since start); they are matched by words alone",
                        failed, texts.size(), skipped.get());
            }
            return vectors;
        }
    }

    /** How many texts the model could not take since start. */
    long skipped() {
        return skipped.get();
    }

    /** How many texts went through a model since start (the rest came from the store). */
    long computed() {
        return computed.get();
    }

    private Map<String, float[]> find(String model, List<String> hashes) {
        var found = new HashMap<String, float[]>();
        var distinct = new ArrayList<>(new LinkedHashSet<>(hashes));
        for (int from = 0; from < distinct.size(); from += LOOKUP) {
            var chunk = distinct.subList(from, Math.min(distinct.size(), from + LOOKUP));
            jdbc.query(lookup(chunk.size()),
                    rs -> {
                        if (rs.getString(3).equals(model)) {
                            found.put(rs.getString(1).trim(), floats(rs.getBytes(2)));
                        }
                    }, chunk.toArray());
        }
        return found;
    }

    /**
     * By hash only, served by ix_sentence_vector_text (V10_1); the model is checked on the rows found. With the
     * model in the condition H2 takes the primary key (model first, the same in every row) and reads them all.
     */
    static String lookup(int hashes) {
        return "SELECT text_sha256, vector, model FROM sentence_vector WHERE text_sha256 IN ("
                + String.join(",", Collections.nCopies(hashes, "?")) + ")";
    }

    private void save(String model, String hash, float[] vector) {
        try {
            jdbc.update("INSERT INTO sentence_vector (model, text_sha256, vector) VALUES (?, ?, ?)", model, hash, bytes(vector));
        } catch (DataIntegrityViolationException alreadyStored) {
            // another instance stored the same text meanwhile: the same model gives the same vector
        }
    }

    static byte[] bytes(float[] vector) {
        var buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        var vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
