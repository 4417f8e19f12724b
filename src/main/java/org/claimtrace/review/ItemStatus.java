package org.claimtrace.review;

/**
 * Where a claim stands in one review session: unstarted, in progress, reviewed (a reviewer can reopen), and in a
 * double review disputed while the two reviewers' verdicts differ and no third reviewer has settled it.
 */
public enum ItemStatus {
    UNSTARTED("Unstarted"), IN_PROGRESS("In progress"), DISPUTED("Disputed"), REVIEWED("Reviewed");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() { return label; }
}
