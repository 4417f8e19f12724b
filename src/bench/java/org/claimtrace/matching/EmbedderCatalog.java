package org.claimtrace.matching;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;

/** The in-process models measured by the benchmarks, each from its own Maven Central jar. */
final class EmbedderCatalog {

    private EmbedderCatalog() {
    }

    static SentenceEmbedder byName(String name) {
        return switch (name) {
            case "all-minilm-l6-v2" -> SentenceEmbedder.allMiniLmL6V2();
            case "all-minilm-l6-v2-q" -> new SentenceEmbedder(name, new AllMiniLmL6V2QuantizedEmbeddingModel(), "", "");
            // BGE's model card: the instruction goes on the query side only for retrieval.
            case "bge-small-en-v15-q" -> new SentenceEmbedder(name, new BgeSmallEnV15QuantizedEmbeddingModel(),
                    "Represent this sentence for searching relevant passages: ", "");
            // E5 was trained with "query: " / "passage: "; for symmetric tasks the card says "query: " on both sides.
            case "e5-small-v2-q" -> new SentenceEmbedder(name, new E5SmallV2QuantizedEmbeddingModel(), "query: ", "query: ");
            default -> throw new IllegalArgumentException("unknown model " + name);
        };
    }
}
