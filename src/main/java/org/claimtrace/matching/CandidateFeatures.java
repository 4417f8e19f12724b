package org.claimtrace.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The numbers the re-ranker weighs for each candidate. Most are relative to the other candidates of the
 * same query (share of the best BM25 score, gap to the best cosine, rank), because what makes a claim the
 * match is being clearly ahead of the rest, not an absolute score. Names are stable: the trained weights
 * file refers to features by name.
 */
final class CandidateFeatures {

    private final List<String> embedderNames;
    private final List<String> names;

    CandidateFeatures(List<String> embedderNames) {
        this.embedderNames = List.copyOf(embedderNames);
        var all = new ArrayList<>(List.of("bias", "bm25.relative", "bm25.reciprocalRank", "bm25.absolute", "fused"));
        for (String embedder : embedderNames) {
            all.addAll(List.of("cosine." + embedder, "cosine." + embedder + ".gap", "cosine." + embedder + ".reciprocalRank"));
        }
        all.addAll(List.of("numbers.shared", "names.shared", "title.overlap", "claim.overlap", "query.coverage"));
        this.names = List.copyOf(all);
    }

    List<String> names() {
        return names;
    }

    /** Fills {@link Candidate#features} of every candidate of one query. */
    void describe(IndexSnapshot snapshot, String queryText, List<Candidate> candidates) {
        float bestBm25 = (float) candidates.stream().filter(c -> c.lexical != null).mapToDouble(c -> c.lexical.score()).max().orElse(1);
        Set<String> queryStems = new HashSet<>(snapshot.analyzedTerms(queryText));
        SalientTokens salient = SalientTokens.of(queryText);
        double[][] cosineFeatures = new double[embedderNames.size()][];
        for (int e = 0; e < embedderNames.size(); e++) {
            cosineFeatures[e] = cosinesWithImputation(embedderNames.get(e), candidates);
        }
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            var f = new double[names.size()];
            int n = 0;
            f[n++] = 1;
            f[n++] = c.lexical == null ? 0 : c.lexical.score() / bestBm25;
            f[n++] = c.lexical == null ? 0 : 1.0 / c.lexical.rank();
            f[n++] = c.lexical == null ? 0 : Math.log1p(c.lexical.score()) / 4;
            f[n++] = c.fused * ScoreFusion.DEFAULT_K;
            for (int e = 0; e < embedderNames.size(); e++) {
                double[] cos = cosineFeatures[e];
                double best = Arrays.stream(cos).max().orElse(0);
                f[n++] = cos[i];
                f[n++] = cos[i] - best;
                f[n++] = 1.0 / rankOf(cos, i);
            }
            List<String> textStems = c.stored.textStems();
            List<String> titleStems = c.stored.titleStems();
            Set<String> words = new HashSet<>(c.stored.words());
            f[n++] = salient.sharedNumbers(words);
            f[n++] = salient.sharedNames(words);
            f[n++] = overlap(titleStems, queryStems);
            f[n++] = overlap(textStems, queryStems);
            var docStems = new HashSet<>(textStems);
            docStems.addAll(titleStems);
            f[n++] = overlap(queryStems, docStems);
            c.features = f;
        }
    }

    /**
     * Cosine per candidate for one embedder. A claim saved moments ago may not have its vector yet; it gets
     * the median of the others so that it is neither favoured nor buried by the missing meaning score.
     */
    private static double[] cosinesWithImputation(String embedder, List<Candidate> candidates) {
        double[] known = candidates.stream().filter(c -> c.cosine.containsKey(embedder))
                .mapToDouble(c -> c.cosine.get(embedder)).sorted().toArray();
        double median = known.length == 0 ? 0 : known[known.length / 2];
        return candidates.stream().mapToDouble(c -> c.cosine.getOrDefault(embedder, (float) median)).toArray();
    }

    private static int rankOf(double[] values, int index) {
        int rank = 1;
        for (int j = 0; j < values.length; j++) {
            if (values[j] > values[index] || (values[j] == values[index] && j < index)) {
                rank++;
            }
        }
        return rank;
    }

    private static double overlap(java.util.Collection<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        var distinct = new HashSet<>(part);
        return (double) distinct.stream().filter(whole::contains).count() / distinct.size();
    }

    static Comparator<Candidate> byScore() {
        return Comparator.comparingDouble((Candidate c) -> c.score).reversed();
    }
}
