package org.claimtrace.report;

import java.time.LocalDate;
import java.util.List;

/** An outlet's sourcing over a period of publication dates (UTC days, both included), with a month-by-month trend. */
public record OutletSourcingReport(OutletRef outlet, LocalDate from, LocalDate to, long articles, long claims, List<TypeShare> mix,
                                   long onRecord, double onRecordShare, long unattributed, double unattributedShare,
                                   long anonymous, long anonymousWithReason, double anonymousWithReasonShare, long hedged,
                                   Relaying relaying, List<Month> trend) {

    /**
     * Its appearances of cross-outlet claims: how many relay another outlet (naming it, "reportedly", or as a
     * syndicated copy), how many were the claim's first appearance, how many followed on their own sourcing.
     */
    public record Relaying(long appearances, long relays, long syndicated, long first, long follows, double relaysShare,
                           double firstShare) {
    }

    /** One calendar month (UTC) of the period. */
    public record Month(String month, long claims, List<TypeShare> mix, double onRecordShare, double anonymousShare) {
    }
}
