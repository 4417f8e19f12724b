package org.claimtrace.attribution;

/** Who the source works for or speaks as (docs/domain.md). */
public enum Affiliation {
    GOVERNMENT("Government"), MILITARY("Military"), INTELLIGENCE("Intelligence"), DIPLOMAT("Diplomat"),
    STATE_MEDIA("State media"), COMPANY("Company"), NGO("NGO"), EXPERT("Expert"), WITNESS("Witness"),
    OTHER_MEDIA("Other media"), OTHER("Other");

    private final String label;

    Affiliation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
