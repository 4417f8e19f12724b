package org.claimtrace.matching;

import java.util.List;

/**
 * One suggested match for a query: the claim's id in the index, a score (higher is better; comparable
 * within one query only), the query words the claim shares (empty for a meaning-only match) and how it
 * was found.
 */
public record MatchCandidate(String id, double score, List<String> matchedTerms, MatchMethod method) {

    public MatchCandidate {
        matchedTerms = List.copyOf(matchedTerms);
    }

    /** What to show an editor as the reason: the shared words, or "similar meaning". */
    public String explanation() {
        return matchedTerms.isEmpty() ? "similar meaning" : String.join(", ", matchedTerms);
    }
}
