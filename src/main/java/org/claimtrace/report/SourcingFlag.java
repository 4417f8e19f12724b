package org.claimtrace.report;



/** What a claim's sourcing report warns about. The codes are stable: scripts read them from the JSON. */
public enum SourcingFlag {
    SINGLE_ORIGIN("Single origin"),
    NO_ON_RECORD_SOURCE("No on-record source"),
    ANONYMITY_CHANGED("Anonymity changed between outlets"),
    HEDGED_ONLY("Hedged only"),
    CIRCULAR("Circular");

    private final String label;

    SourcingFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
