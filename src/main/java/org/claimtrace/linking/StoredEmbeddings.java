package org.claimtrace.linking;

import org.claimtrace.article.ContentHash;
import org.claimtrace.matching.SentenceEmbedder;
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
    private final AtomicLong computed = new AtomicLong();

    StoredEmbeddings(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The embedder's document vectors of {@code texts}, in order: stored ones read, the rest computed now and stored. */
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
            var fresh = embedder.embedDocuments(new ArrayList<>(missing.values()));
            int i = 0;
            for (var hash : missing.keySet()) {
                vectors.put(hash, fresh.get(i));
                save(embedder.name(), hash, fresh.get(i++));
            }
            computed.addAndGet(missing.size());
        }
        return hashes.stream().map(vectors::get).toList();
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
            var args = new ArrayList<Object>();
            args.add(model);
            args.addAll(chunk);
            jdbc.query("SELECT text_sha256, vector FROM sentence_vector WHERE model = ? AND text_sha256 IN ("
                            + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        found.put(rs.getString(1).trim(), floats(rs.getBytes(2)));
                    }, args.toArray());
        }
        return found;
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
