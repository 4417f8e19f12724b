package org.claimtrace.exchange;

import org.claimtrace.attribution.AttributionType;
import org.claimtrace.attribution.Attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a claim's claimant is a schema.org {@code Person} or an {@code Organization} (a Claim's author is one
 * of the two). A claimant is free text, so the articles decide first: the claimant named as the source of one of
 * the claim's appearances, attributed to a named person or to an institution. Failing that, words that name
 * a body ("ministry", "White House", "agency"…) or a group ("officials", "sources") make it an organisation
 * (schema.org has no group of people), and anything else a person.
 */
final class ClaimantKind {

    static final String PERSON = "Person";
    static final String ORGANIZATION = "Organization";

    private static final Set<String> ORGANISATION_TYPES = Set.of(AttributionType.NAMED_INSTITUTION.name(),
            AttributionType.STATE_MEDIA.name(), AttributionType.OTHER_OUTLET.name(), AttributionType.DOCUMENT.name());

    private static final Pattern ORGANISATION_WORDS = Pattern.compile("\\b(ministry|ministries|government|department|"
            + "office|agency|council|committee|commission|court|police|army|military|forces|navy|party|union|bank|"
            + "company|corporation|corp|inc|ltd|llc|plc|group|news|media|press|times|post|service|services|institute|"
            + "university|association|organi[sz]ation|foundation|house|kremlin|pentagon|administration|parliament|"
            + "congress|senate|embassy|authority|authorities|board|bureau|campaign|coalition|network|"
            + "nato|kcna|reuters|afp|officials|sources|diplomats|analysts|experts|residents|witnesses|people)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ClaimantKind() {
    }

    /** @param sourcing the attributions of the claim's appearances */
    static String of(String claimant, List<Attribution> sourcing) {
        var wanted = normalised(claimant);
        for (var attribution : sourcing) {
            if (wanted.equals(normalised(attribution.getSourceName())) || wanted.equals(normalised(attribution.getSourceAsWritten()))) {
                if (AttributionType.NAMED_PERSON.name().equals(attribution.getTypeCode())) {
                    return PERSON;
                }
                if (ORGANISATION_TYPES.contains(attribution.getTypeCode())) {
                    return ORGANIZATION;
                }
            }
        }
        return ORGANISATION_WORDS.matcher(claimant).find() ? ORGANIZATION : PERSON;
    }

    private static String normalised(String name) {
        return name == null ? "" : name.strip().replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT);
    }
}
