package org.claimtrace.linking;

import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.matching.SharedWords;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Another article's annotation that may carry the same claim, with why the matcher thinks so: the words the
 * two quotes share (present in both, never only in a headline) and a band an editor can read.
 *
 * @param score the matcher's score: comparable within one list only, so the UI shows the band and keeps the
 *              number for a tooltip
 */
public record Match(ClaimAnnotation annotation, String outlet, String headline, ZonedDateTime published, double score,
                    SharedWords shared, MatchBand band) {

    /** The words both quotes share, as the annotation being matched writes them. */
    public List<String> matchedTerms() {
        return shared.words();
    }

    /** What to show an editor as the reason: the shared words, or "similar meaning". */
    public String explanation() {
        return shared.words().isEmpty() ? "similar meaning" : String.join(", ", shared.words());
    }
}
