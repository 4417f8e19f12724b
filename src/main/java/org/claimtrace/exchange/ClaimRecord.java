package org.claimtrace.exchange;

import org.claimtrace.attribution.AttributionType;
import org.claimtrace.attribution.OnRecord;
import org.claimtrace.claim.Appearance;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.FirstAppearance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A claim with what claims.csv and ClaimReview say about it: appearances, first appearance and its URL. */
public record ClaimRecord(Claim claim, List<Appearance> appearances, FirstAppearance firstAppearance,
                          String firstAppearanceUrl, Map<Long, String> articleUrls) {

    public long outletCount() {
        return appearances.stream().map(Appearance::outlet).distinct().count();
    }

    /** Syndicated copies of one story count once. */
    public long originCount() {
        return appearances.stream().map(Appearance::originArticleId).distinct().count();
    }

    public long onRecordCount() {
        return appearances.stream().filter(a -> onRecord(a.annotation().getAttribution())).count();
    }

    /** "3 appearances in 2 outlets (2 origins); ANONYMOUS_VAGUE 2, NAMED_PERSON 1; on record 1 of 3". */
    public String sourcingSummary() {
        Map<String, Long> types = appearances.stream().collect(Collectors.groupingBy(
                a -> a.annotation().getAttribution().getTypeCode(), TreeMap::new, Collectors.counting()));
        var mix = types.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        int n = appearances.size();
        return n + " appearance" + (n == 1 ? "" : "s") + " in " + outletCount() + " outlet" + (outletCount() == 1 ? "" : "s")
                + " (" + originCount() + " origin" + (originCount() == 1 ? "" : "s") + ")"
                + (mix.isEmpty() ? "" : "; " + mix) + "; on record " + onRecordCount() + " of " + n;
    }

    private static boolean onRecord(org.claimtrace.attribution.Attribution attribution) {
        if (attribution.getOnRecord() != null) {
            return attribution.getOnRecord() == OnRecord.ON_RECORD;
        }
        var type = attribution.getTypeCode();
        return AttributionType.NAMED_PERSON.name().equals(type) || AttributionType.NAMED_INSTITUTION.name().equals(type);
    }
}
