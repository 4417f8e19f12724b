package org.claimtrace.matching;

import java.util.HashMap;
import java.util.Map;

/** A claim found for a query by at least one retriever, with what each retriever said about it. */
final class Candidate {

    final int docId;
    final String claimId;
    IndexHit lexical;
    final Map<String, IndexHit> nearest = new HashMap<>();
    final Map<String, Float> cosine = new HashMap<>();
    IndexSnapshot.StoredClaim stored;
    double fused;
    double[] features;
    double score;

    Candidate(int docId, String claimId) {
        this.docId = docId;
        this.claimId = claimId;
    }

    MatchMethod method() {
        if (lexical != null && !nearest.isEmpty()) {
            return MatchMethod.WORDS_AND_MEANING;
        }
        return lexical != null ? MatchMethod.SHARED_WORDS : MatchMethod.SIMILAR_MEANING;
    }
}
