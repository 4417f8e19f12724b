package org.claimtrace.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Does this look like a claim we already have?": cleans the query, finds candidates by words (BM25) and
 * by meaning (sentence vectors in HNSW), fuses them and re-ranks with the trained {@link Reranker}.
 * Without any query vector (no embedder given, or the model failed) it still answers, by words alone.
 */
public final class ClaimMatcher {

    /** Deep enough that the right claim is among the candidates for 99.8% of CheckThat! train queries. */
    static final int LEXICAL_DEPTH = 100;
    static final int VECTOR_DEPTH = 100;

    private final ClaimIndex index;
    private final List<SentenceEmbedder> embedders;
    private final Reranker reranker;
    private final QueryTextCleaner cleaner;
    private final CandidateSearch search;
    private final CandidateFeatures features;

    public ClaimMatcher(ClaimIndex index, List<SentenceEmbedder> embedders, Reranker reranker) {
        this(index, embedders, reranker, QueryTextCleaner.keepingAuthor(), LEXICAL_DEPTH, VECTOR_DEPTH);
    }

    ClaimMatcher(ClaimIndex index, List<SentenceEmbedder> embedders, Reranker reranker, QueryTextCleaner cleaner,
            int lexicalDepth, int vectorDepth) {
        this.index = index;
        this.embedders = List.copyOf(embedders);
        this.reranker = reranker;
        this.cleaner = cleaner;
        this.search = new CandidateSearch(reranker.embedderNames(), lexicalDepth, vectorDepth, ScoreFusion.reciprocalRank());
        this.features = new CandidateFeatures(reranker.embedderNames());
    }

    /** The best {@code limit} matches for a claim sentence or a pasted post, best first. */
    public List<MatchCandidate> match(String queryText, int limit) {
        String cleaned = cleaner.clean(queryText);
        // One model after the other: ONNX Runtime already spreads one inference over all cores, and two
        // sessions side by side on two cores measured slower (p99 107 ms against ~60 ms in sequence).
        var byEmbedder = new HashMap<String, float[]>();
        var vectors = new HashMap<String, float[]>();
        for (String vectorName : reranker.embedderNames()) {
            String embedderName = SentenceEmbedder.embedderOf(vectorName);
            embedders.stream().filter(e -> e.name().equals(embedderName)).findFirst().ifPresent(embedder ->
                    vectors.put(vectorName, byEmbedder.computeIfAbsent(embedderName, n -> embedder.embedQuery(cleaned))));
        }
        return matchCleaned(cleaned, vectors, limit);
    }

    /** As {@link #match}, for a query already cleaned and embedded (the benchmark caches query vectors). */
    List<MatchCandidate> matchCleaned(String cleaned, Map<String, float[]> queryVectors, int limit) {
        try (IndexSnapshot snapshot = index.snapshot()) {
            List<Candidate> ranked = rank(snapshot, cleaned, queryVectors);
            var terms = new MatchedTerms(snapshot.analyzer(), cleaned);
            var result = new ArrayList<MatchCandidate>();
            for (Candidate c : ranked.subList(0, Math.min(limit, ranked.size()))) {
                List<String> stems = new ArrayList<>(c.stored.textStems());
                stems.addAll(c.stored.titleStems());
                List<String> shared = c.lexical == null ? List.of() : terms.sharedWith(stems);
                result.add(new MatchCandidate(c.claimId, c.score, shared, c.method()));
            }
            return result;
        }
    }

    /** All candidates with features and re-ranker scores, best first. */
    List<Candidate> rank(IndexSnapshot snapshot, String cleaned, Map<String, float[]> queryVectors) {
        List<Candidate> candidates = search.find(snapshot, cleaned, queryVectors);
        if (queryVectors.isEmpty()) {
            // Words only: the re-ranker was trained with meaning features present, so fall back to BM25 order.
            candidates.forEach(c -> c.score = c.lexical.score());
        } else {
            features.describe(snapshot, cleaned, candidates);
            var scorer = reranker.scorer(features.names());
            candidates.forEach(c -> c.score = scorer.applyAsDouble(c.features));
        }
        candidates.sort(CandidateFeatures.byScore());
        return candidates;
    }

    QueryTextCleaner cleaner() {
        return cleaner;
    }

    List<String> featureNames() {
        return features.names();
    }
}
