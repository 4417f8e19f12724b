package org.claimtrace.attribution;

/**
 * The default attribution tagset of docs/domain.md, in its order. Codes are stable; the name and colour are
 * only defaults that an admin may change.
 *
 * <p>Colours: Paul Tol's "muted" qualitative scheme (designed to stay apart under the common colour-vision
 * deficiencies) plus Okabe-Ito orange for the eleventh type and a neutral grey for UNATTRIBUTED. Eleven
 * categories are more than any palette keeps fully distinct for everyone, so the UI should always show the
 * type's name next to the colour, never the colour alone.
 */
public enum AttributionType {
    NAMED_PERSON("Named person", "#117733"),
    NAMED_INSTITUTION("Named institution", "#44AA99"),
    INTELLIGENCE("Intelligence", "#332288"),
    DOCUMENT("Document", "#88CCEE"),
    STATE_MEDIA("State media", "#882255"),
    ANONYMOUS_DESCRIBED("Anonymous, described", "#DDCC77"),
    ANONYMOUS_VAGUE("Anonymous, vague", "#CC6677"),
    OTHER_OUTLET("Other outlet", "#AA4499"),
    OWN_REPORTING("Own reporting", "#999933"),
    SOCIAL_POST("Social media post", "#E69F00"),
    UNATTRIBUTED("Unattributed", "#BBBBBB");

    private final String defaultName;
    private final String defaultColour;

    AttributionType(String defaultName, String defaultColour) {
        this.defaultName = defaultName;
        this.defaultColour = defaultColour;
    }

    /** The label an editor sees until an admin renames the type. */
    public String defaultName() {
        return defaultName;
    }

    /** CSS hex colour ("#RRGGBB") used for highlights until an admin recolours the type. */
    public String defaultColour() {
        return defaultColour;
    }
}
