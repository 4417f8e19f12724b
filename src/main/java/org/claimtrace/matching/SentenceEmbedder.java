package org.claimtrace.matching;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * Turns a sentence into a unit vector with an in-process ONNX model shipped inside a Maven Central jar
 * (no download at run time). Some models were trained with an instruction prefix on the query side or on
 * both sides; the prefixes live here so callers never have to know.
 */
public final class SentenceEmbedder {

    private static final int BATCH = 64;
    private static final String TITLE_SUFFIX = "@title";

    private final String name;
    private final EmbeddingModel model;
    private final String queryPrefix;
    private final String documentPrefix;

    public SentenceEmbedder(String name, EmbeddingModel model, String queryPrefix, String documentPrefix) {
        this.name = name;
        this.model = model;
        this.queryPrefix = queryPrefix;
        this.documentPrefix = documentPrefix;
    }

    /** all-MiniLM-L6-v2 (384 dimensions, float ONNX): the model the shipped re-ranker weights were trained with. */
    public static SentenceEmbedder allMiniLmL6V2() {
        return new SentenceEmbedder("all-minilm-l6-v2", new AllMiniLmL6V2EmbeddingModel(), "", "");
    }

    /** The name under which this embedder's vectors are stored and its features are known to the re-ranker. */
    public String name() {
        return name;
    }

    /**
     * The vector name under which a claim's title (embedded on its own) is stored: the re-ranker compares the
     * query with claim and title separately, because a pasted post often paraphrases a headline.
     */
    public String titleVectorName() {
        return name + TITLE_SUFFIX;
    }

    /** The embedder name behind a vector name ("all-minilm-l6-v2@title" → "all-minilm-l6-v2"). */
    static String embedderOf(String vectorName) {
        return vectorName.endsWith(TITLE_SUFFIX) ? vectorName.substring(0, vectorName.length() - TITLE_SUFFIX.length()) : vectorName;
    }

    public float[] embedQuery(String text) {
        return UnitVectors.normalized(model.embed(queryPrefix + text).content().vector());
    }

    public List<float[]> embedDocuments(List<String> texts) {
        var vectors = new ArrayList<float[]>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            var batch = texts.subList(from, Math.min(texts.size(), from + BATCH)).stream()
                    .map(t -> TextSegment.from(documentPrefix + t))
                    .toList();
            model.embedAll(batch).content().forEach(e -> vectors.add(UnitVectors.normalized(e.vector())));
        }
        return vectors;
    }
}
