package org.claimtrace.linking;

import org.claimtrace.annotation.ClaimAnnotation;

/** An unconfirmed suggestion across the corpus: an annotation and another article's annotation that may be the same claim. */
public record TriagePair(ClaimAnnotation annotation, String outlet, Match match) {
}
