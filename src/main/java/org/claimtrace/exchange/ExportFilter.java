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
                           Set<String> typeCodes, Long claimId, LinkStatus linkStatus, ReviewStatus reviewStatus,
                           Set<Long> claimIds) {

    public static final ExportFilter ALL = new ExportFilter(Set.of(), null, null, null, Set.of(), null, null, null);

    /** Without a set of claims (every claim). */
    public ExportFilter(Set<Long> outletIds, Long articleId, LocalDate publishedFrom, LocalDate publishedTo,
                        Set<String> typeCodes, Long claimId, LinkStatus linkStatus, ReviewStatus reviewStatus) {
        this(outletIds, articleId, publishedFrom, publishedTo, typeCodes, claimId, linkStatus, reviewStatus, null);
    }

    public ExportFilter {
        claimIds = claimIds == null ? null : Set.copyOf(claimIds);
        outletIds = outletIds == null ? Set.of() : Set.copyOf(outletIds);
        typeCodes = typeCodes == null ? Set.of() : Set.copyOf(typeCodes);
        if (publishedFrom != null && publishedTo != null && publishedTo.isBefore(publishedFrom)) {
            throw new IllegalArgumentException("The date range ends before it starts.");
        }
    }

    public ExportFilter withLinkStatus(LinkStatus status) {
        return new ExportFilter(outletIds, articleId, publishedFrom, publishedTo, typeCodes, claimId, status, reviewStatus, claimIds);
    }

    public ExportFilter withClaim(Long claim) {
        return new ExportFilter(outletIds, articleId, publishedFrom, publishedTo, typeCodes, claim, linkStatus, reviewStatus, claimIds);
    }

    /** Only these claims and their appearances (a review session's); {@code null} for any claim. */
    public ExportFilter withClaims(Set<Long> claims) {
        return new ExportFilter(outletIds, articleId, publishedFrom, publishedTo, typeCodes, claimId, linkStatus, reviewStatus, claims);
    }
}
