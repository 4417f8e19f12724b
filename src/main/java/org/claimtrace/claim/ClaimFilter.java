package org.claimtrace.claim;

/** What the Claims view narrows by; null or blank means "any". */
public record ClaimFilter(String text, Long outletId, String typeCode, ReviewStatus status) {
}
