package org.claimtrace.report;

import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.AttributionType;
import org.claimtrace.attribution.OnRecord;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an appearance's source speaks on the record, as the reports count it: the on-record status the
 * editor recorded, else what the attribution type implies (a named person, body, document, state outlet,
 * post or the outlet's own reporting is on the record; the anonymous types are anonymous; "Other outlet" is
 * relayed; "Unattributed" has no source; intelligence and types an admin added say nothing by themselves).
 * The same rule is written once more as SQL ({@link #sql}) for the reports that count in the database.
 */
public enum SourcingStatus {
    ON_RECORD("On record"),
    BACKGROUND("Background"),
    ANONYMOUS("Anonymous"),
    RELAYED("Relayed"),
    NO_SOURCE("No source"),
    NOT_STATED("Not stated");

    static final Set<String> ON_RECORD_TYPES = Set.of(AttributionType.NAMED_PERSON.name(), AttributionType.NAMED_INSTITUTION.name(),
            AttributionType.DOCUMENT.name(), AttributionType.STATE_MEDIA.name(), AttributionType.SOCIAL_POST.name(),
            AttributionType.OWN_REPORTING.name());
    static final Set<String> ANONYMOUS_TYPES = Set.of(AttributionType.ANONYMOUS_DESCRIBED.name(), AttributionType.ANONYMOUS_VAGUE.name());

    private final String label;

    SourcingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Anonymous or on background: the source is not named. */
    public boolean unnamed() {
        return this == ANONYMOUS || this == BACKGROUND;
    }

    public static SourcingStatus of(Attribution attribution) {
        return of(attribution.getOnRecord(), attribution.getTypeCode());
    }

    static SourcingStatus of(OnRecord onRecord, String typeCode) {
        if (onRecord != null) {
            return switch (onRecord) {
                case ON_RECORD -> ON_RECORD;
                case BACKGROUND -> BACKGROUND;
                case ANONYMOUS -> ANONYMOUS;
            };
        }
        if (ON_RECORD_TYPES.contains(typeCode)) {
            return ON_RECORD;
        }
        if (ANONYMOUS_TYPES.contains(typeCode)) {
            return ANONYMOUS;
        }
        if (AttributionType.OTHER_OUTLET.name().equals(typeCode)) {
            return RELAYED;
        }
        return AttributionType.UNATTRIBUTED.name().equals(typeCode) ? NO_SOURCE : NOT_STATED;
    }

    /** Whether the status was recorded by the editor rather than read from the type. */
    static boolean recorded(Attribution attribution) {
        return attribution.getOnRecord() != null;
    }

    /** The same rule as {@link #of} as an SQL expression over a claim_annotation row aliased {@code c}. */
    static String sql(String c) {
        return "CASE WHEN " + c + ".on_record IS NOT NULL THEN " + c + ".on_record"
                + " WHEN " + c + ".type_code IN (" + quoted(ON_RECORD_TYPES) + ") THEN 'ON_RECORD'"
                + " WHEN " + c + ".type_code IN (" + quoted(ANONYMOUS_TYPES) + ") THEN 'ANONYMOUS'"
                + " WHEN " + c + ".type_code = 'OTHER_OUTLET' THEN 'RELAYED'"
                + " WHEN " + c + ".type_code = 'UNATTRIBUTED' THEN 'NO_SOURCE' ELSE 'NOT_STATED' END";
    }

    private static String quoted(Set<String> codes) {
        return codes.stream().sorted().map(code -> "'" + code + "'").collect(Collectors.joining(", "));
    }
}
