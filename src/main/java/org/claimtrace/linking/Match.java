package org.claimtrace.linking;

import org.claimtrace.annotation.ClaimAnnotation;

import java.time.ZonedDateTime;
import java.util.List;

/** Another article's annotation that may carry the same claim, with why the matcher thinks so. */
public record Match(ClaimAnnotation annotation, String outlet, String headline, ZonedDateTime published, double score,
                    List<String> matchedTerms, String explanation) {
}
