package org.claimtrace.matching;

import java.util.List;
import java.util.Locale;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

/** A stand-in embedding model for tests: counts of letter bigram hashes, so similar spellings give similar vectors. */
final class LetterCountModel implements EmbeddingModel {

    static final int DIMENSIONS = 64;

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(s -> Embedding.from(vector(s.text()))).toList());
    }

    static float[] vector(String text) {
        float[] v = new float[DIMENSIONS];
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (int i = 0; i + 1 < t.length(); i++) {
            v[Math.floorMod(t.substring(i, i + 2).hashCode(), DIMENSIONS)] += 1;
        }
        return v;
    }

    static SentenceEmbedder embedder() {
        return new SentenceEmbedder("letters", new LetterCountModel(), "", "");
    }
}
