package org.claimtrace.claim;

/** Where a claim stands in fact-checking: unstarted, in progress, reviewed (a reviewer can reopen). */
public enum ReviewStatus {
    UNSTARTED, IN_PROGRESS, REVIEWED
}
