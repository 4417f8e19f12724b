package org.claimtrace.attribution;

/** The source's part in what they describe. */
public enum SourceRole {
    DECISION_MAKER("Decision-maker"), SPOKESPERSON("Spokesperson"), PARTICIPANT("Participant"), EXPERT("Expert");

    private final String label;

    SourceRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
