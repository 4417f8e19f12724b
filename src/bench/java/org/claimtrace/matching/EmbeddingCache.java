package org.claimtrace.matching;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Vectors of a list of texts, cached under target/embeddings by model name and a hash of the texts. */
final class EmbeddingCache {

    private static final Path FOLDER = Path.of("target", "embeddings");

    private EmbeddingCache() {
    }

    static List<float[]> documents(SentenceEmbedder embedder, List<String> texts, String kind) throws IOException {
        Path file = FOLDER.resolve(embedder.name() + "-" + kind + "-" + hash(texts) + ".bin");
        if (Files.exists(file)) {
            return read(file);
        }
        long start = System.nanoTime();
        List<float[]> vectors = kind.startsWith("query")
                ? texts.stream().map(embedder::embedQuery).toList()
                : embedder.embedDocuments(texts);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  embedded %d %s texts with %s in %.1f s (%.0f texts/s)%n", texts.size(), kind, embedder.name(),
                seconds, texts.size() / seconds);
        write(file, vectors);
        return vectors;
    }

    private static String hash(List<String> texts) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (String t : texts) {
                digest.update(t.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<float[]> read(Path file) throws IOException {
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int n = in.readInt();
            int dim = in.readInt();
            var vectors = new ArrayList<float[]>(n);
            for (int i = 0; i < n; i++) {
                float[] v = new float[dim];
                for (int j = 0; j < dim; j++) {
                    v[j] = in.readFloat();
                }
                vectors.add(v);
            }
            return vectors;
        }
    }

    private static void write(Path file, List<float[]> vectors) throws IOException {
        Files.createDirectories(file.getParent());
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(vectors.size());
            out.writeInt(vectors.isEmpty() ? 0 : vectors.get(0).length);
            for (float[] v : vectors) {
                for (float x : v) {
                    out.writeFloat(x);
                }
            }
        }
    }
}
