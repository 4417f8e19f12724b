package org.claimtrace.matching;

/** Which retriever brought a match in: what the editor is told next to its score. */
public enum MatchMethod {
    /** Found by shared words (BM25) only. */
    SHARED_WORDS,
    /** Found by sentence-vector similarity only: "similar meaning". */
    SIMILAR_MEANING,
    /** Found by both. */
    WORDS_AND_MEANING
}
