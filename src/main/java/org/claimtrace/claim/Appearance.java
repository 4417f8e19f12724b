package org.claimtrace.claim;

import java.time.ZonedDateTime;

/** One article carrying a claim: the annotation, and the article facts a claim page and report need. */
public record Appearance(ClaimAnnotation annotation, long articleId, String headline, String outlet,
                         ZonedDateTime published) {
}
