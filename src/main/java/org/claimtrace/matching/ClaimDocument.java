package org.claimtrace.matching;

import java.util.Map;
import java.util.Objects;

/**
 * What the matcher knows about one claim: its id, its text, an optional title (a headline or the short
 * statement of a fact-check) and zero or more sentence vectors keyed by embedder name. Vectors are
 * optional because the app computes them in the background after a save; until then the claim is
 * found by its words only.
 */
public record ClaimDocument(String id, String text, String title, Map<String, float[]> vectors) {

    public ClaimDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
        vectors = vectors == null ? Map.of() : Map.copyOf(vectors);
    }

    public static ClaimDocument withoutVector(String id, String text, String title) {
        return new ClaimDocument(id, text, title, Map.of());
    }

    public ClaimDocument withVector(String embedderName, float[] vector) {
        var all = new java.util.HashMap<>(vectors);
        all.put(embedderName, vector);
        return new ClaimDocument(id, text, title, all);
    }
}
