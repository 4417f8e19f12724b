package org.claimtrace.article;

/**
 * Published inside the transaction that stored a corrected text, so whatever is anchored to the old text
 * (claim annotations) can move to the new one in the same transaction.
 */
public record ArticleRevised(long articleId, int revision, String oldText, String newText) {
}
