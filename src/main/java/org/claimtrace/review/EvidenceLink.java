package org.claimtrace.review;

/** A URL that supports a verdict and a note on what it shows (optional). */
public record EvidenceLink(String url, String note) {
}
