package org.claimtrace.report;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article's sourcing: its mix of attribution types, how much is on the record, unattributed or anonymous
 * without a recorded reason, a transparency score, and which other outlets carry its claims and who was first.
 */
public record ArticleSourcingReport(long articleId, String headline, OutletRef outlet, @Nullable OffsetDateTime published, @Nullable String url,
                                    long claims, List<TypeShare> mix, long onRecord, double onRecordShare, long unattributed,
                                    long anonymous, long anonymousWithoutReason, Transparency transparency,
                                    List<CarriedElsewhere> carriedElsewhere) {

    /** One of the article's cross-outlet claims: every outlet carrying it and the first appearance. */
    public record CarriedElsewhere(long claimId, String shortText, List<OutletCarrying> outlets, @Nullable OutletRef firstOutlet,
                                   @Nullable OffsetDateTime firstPublished, @Nullable Long firstArticleId, boolean thisArticleFirst) {
    }

    public record OutletCarrying(OutletRef outlet, long appearances, @Nullable OffsetDateTime earliest) {
    }
}
