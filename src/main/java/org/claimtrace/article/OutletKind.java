package org.claimtrace.article;

/** What kind of outlet carries a story (docs/domain.md). */
public enum OutletKind {
    NEWSPAPER("Newspaper"),
    WIRE_SERVICE("Wire service"),
    BROADCASTER("Broadcaster"),
    MAGAZINE_NEWSLETTER("Magazine / newsletter"),
    STATE_MEDIA("State media"),
    SOCIAL_ACCOUNT("Social account"),
    OTHER("Other");

    private final String label;

    OutletKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
