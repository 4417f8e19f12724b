package org.claimtrace.annotation;

/** A live annotation's quote, with the article it is in: what the matcher indexes. */
public record LiveQuote(Long id, Long articleId, String quote) {
}
