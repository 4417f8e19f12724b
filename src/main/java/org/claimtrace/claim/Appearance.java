package org.claimtrace.claim;

import org.claimtrace.annotation.ClaimAnnotation;

import java.time.ZonedDateTime;

/**
 * One article carrying a claim: the annotation, and the article facts a claim page and report need.
 * {@code originArticleId} is the article itself, or the one it is syndicated copy of.
 */
public record Appearance(ClaimAnnotation annotation, long articleId, String headline, String outlet,
                         ZonedDateTime published, long originArticleId) {
}
