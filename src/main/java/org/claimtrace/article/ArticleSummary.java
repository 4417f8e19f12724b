package org.claimtrace.article;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A row of the articles list: what an editor scans, without the text. */
public record ArticleSummary(long id, String headline, String outletName, Instant publishedAt, String publishedZone,
                             long claimCount) {

    public ArticleSummary withClaimCount(long count) {
        return new ArticleSummary(id, headline, outletName, publishedAt, publishedZone, count);
    }

    public Optional<ZonedDateTime> published() {
        return Optional.ofNullable(publishedAt)
                .map(at -> at.atZone(publishedZone == null ? ZoneId.of("UTC") : ZoneId.of(publishedZone)));
    }
}
