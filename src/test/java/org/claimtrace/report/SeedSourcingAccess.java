package org.claimtrace.report;

import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;

/** {@link SeedSourcing} for tests of report/ui and the browser tests. */
public final class SeedSourcingAccess {

    public record Seeds(long nyt, long gzero, long trip, long statement, long forum) {
    }

    private SeedSourcingAccess() {
    }

    public static Seeds prepare(ArticleService articles, ClaimAnnotationService annotations, ClaimService claims) {
        var seeds = SeedSourcing.prepare(articles, annotations, claims);
        return new Seeds(seeds.nyt(), seeds.gzero(), seeds.trip(), seeds.statement(), seeds.forum());
    }
}
