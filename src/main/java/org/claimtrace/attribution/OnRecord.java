package org.claimtrace.attribution;

/** Whether the source speaks on the record. */
public enum OnRecord {
    ON_RECORD("On record"), BACKGROUND("Background"), ANONYMOUS("Anonymous");

    private final String label;

    OnRecord(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
