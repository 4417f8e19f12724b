package org.claimtrace.matching;

/** One hit of a lexical or vector search: Lucene's doc number (valid within one snapshot), the claim id, the score and the 1-based rank. */
public record IndexHit(int docId, String claimId, float score, int rank) {
}
