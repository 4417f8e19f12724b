package org.claimtrace.exchange;

import org.claimtrace.claim.LinkStatus;
import org.claimtrace.claim.ReviewStatus;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which annotations (and claims) an export holds. Every part is optional; an empty filter exports
 * everything. Dates are the articles' publication days, inclusive, in UTC.
 */
public record ExportFilter(Set<Long> outletIds, Long articleId, LocalDate publishedFrom, LocalDate publishedTo,
                           Set<String> typeCodes, Long claimId, LinkStatus linkStatus, ReviewStatus reviewStatus) {

    public static final ExportFilter ALL = new ExportFilter(Set.of(), null, null, null, Set.of(), null, null, null);

    public ExportFilter {
        outletIds = outletIds == null ? Set.of() : Set.copyOf(outletIds);
        typeCodes = typeCodes == null ? Set.of() : Set.copyOf(typeCodes);
        if (publishedFrom != null && publishedTo != null && publishedTo.isBefore(publishedFrom)) {
            throw new IllegalArgumentException("The date range ends before it starts.");
        }
    }

    public ExportFilter withLinkStatus(LinkStatus status) {
        return new ExportFilter(outletIds, articleId, publishedFrom, publishedTo, typeCodes, claimId, status, reviewStatus);
    }

    public ExportFilter withClaim(Long claim) {
        return new ExportFilter(outletIds, articleId, publishedFrom, publishedTo, typeCodes, claim, linkStatus, reviewStatus);
    }
}
