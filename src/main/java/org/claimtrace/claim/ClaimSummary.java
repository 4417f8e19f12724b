package org.claimtrace.claim;

import java.time.ZonedDateTime;
import java.util.Map;

/** A row of the Claims view: how widely and how the claim is carried; origins count syndicated copies once. */
public record ClaimSummary(long id, String shortText, int outlets, int origins, int appearances, ZonedDateTime firstPublished,
                           String firstOutlet, Map<String, Long> attributionMix, ReviewStatus reviewStatus) {
}
