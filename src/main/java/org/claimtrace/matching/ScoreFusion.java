package org.claimtrace.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: a claim's fused score is the sum of 1 / (k + rank) over the ranked lists it is
 * in. Ranks, not scores, are combined because BM25 scores and cosines are on unrelated scales. The fused
 * score is also one of the re-ranker's features.
 */
public final class ScoreFusion {

    /** The constant from Cormack et al. (2009); it damps the difference between the very first ranks. */
    public static final int DEFAULT_K = 60;

    private final int k;

    public ScoreFusion(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        this.k = k;
    }

    public static ScoreFusion reciprocalRank() {
        return new ScoreFusion(DEFAULT_K);
    }

    /** Fused score per claim id, over any number of ranked lists (each hit's {@link IndexHit#rank()} is used). */
    public Map<String, Double> fuse(List<List<IndexHit>> rankedLists) {
        var fused = new HashMap<String, Double>();
        for (List<IndexHit> list : rankedLists) {
            for (IndexHit hit : list) {
                fused.merge(hit.claimId(), contribution(hit.rank()), Double::sum);
            }
        }
        return fused;
    }

    public double contribution(int rank) {
        return 1.0 / (k + rank);
    }
}
