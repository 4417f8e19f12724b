package org.claimtrace.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * First stage of matching: the union of the BM25 top list and each embedder's nearest-neighbour list,
 * with the exact cosine of every candidate against the query for every embedder (so a claim found only
 * by its words still gets a meaning score) and the reciprocal-rank-fused score.
 */
final class CandidateSearch {

    private final List<String> embedderNames;
    private final int lexicalDepth;
    private final int vectorDepth;
    private final ScoreFusion fusion;

    CandidateSearch(List<String> embedderNames, int lexicalDepth, int vectorDepth, ScoreFusion fusion) {
        this.embedderNames = List.copyOf(embedderNames);
        this.lexicalDepth = lexicalDepth;
        this.vectorDepth = vectorDepth;
        this.fusion = fusion;
    }

    List<String> embedderNames() {
        return embedderNames;
    }

    /** @param queryVectors per embedder name; an embedder missing here (not yet loaded, failed) is skipped. */
    List<Candidate> find(IndexSnapshot snapshot, String queryText, Map<String, float[]> queryVectors) {
        var byId = new LinkedHashMap<String, Candidate>();
        var rankedLists = new ArrayList<List<IndexHit>>();
        List<IndexHit> lexical = snapshot.searchLexical(queryText, lexicalDepth);
        rankedLists.add(lexical);
        for (IndexHit hit : lexical) {
            byId.computeIfAbsent(hit.claimId(), id -> new Candidate(hit.docId(), id)).lexical = hit;
        }
        for (String embedder : embedderNames) {
            float[] queryVector = queryVectors.get(embedder);
            if (queryVector == null) {
                continue;
            }
            List<IndexHit> nearest = snapshot.searchVectors(embedder, queryVector, vectorDepth);
            rankedLists.add(nearest);
            for (IndexHit hit : nearest) {
                byId.computeIfAbsent(hit.claimId(), id -> new Candidate(hit.docId(), id)).nearest.put(embedder, hit);
            }
        }
        var candidates = new ArrayList<>(byId.values());
        addCosines(snapshot, queryVectors, candidates);
        Map<String, Double> fused = fusion.fuse(rankedLists);
        for (Candidate c : candidates) {
            c.fused = fused.getOrDefault(c.claimId, 0.0);
            c.stored = snapshot.stored(c.docId);
        }
        return candidates;
    }

    private void addCosines(IndexSnapshot snapshot, Map<String, float[]> queryVectors, List<Candidate> candidates) {
        int[] docIds = candidates.stream().mapToInt(c -> c.docId).toArray();
        for (String embedder : embedderNames) {
            float[] queryVector = queryVectors.get(embedder);
            if (queryVector == null) {
                continue;
            }
            float[] unitQuery = UnitVectors.normalized(queryVector);
            float[][] vectors = snapshot.vectors(embedder, docIds);
            for (int i = 0; i < vectors.length; i++) {
                if (vectors[i] != null) {
                    candidates.get(i).cosine.put(embedder, UnitVectors.dot(unitQuery, vectors[i]));
                }
            }
        }
    }
}
