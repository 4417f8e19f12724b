package org.claimtrace.report;

import org.claimtrace.base.RejectedException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Publication dates from {@code from} to {@code to}, both included, as UTC days. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** Long enough for a trend, short enough for a readable chart of months. */
    public static final int MAX_YEARS = 10;

    public ReportPeriod {
        if (from == null || to == null) {
            throw new RejectedException("Give both the first and the last day of the period.");
        }
        if (from.isAfter(to)) {
            throw new RejectedException("The period starts (" + from + ") after it ends (" + to + "); swap the two dates.");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new RejectedException("A period is at most " + MAX_YEARS + " years; choose a later first day.");
        }
    }

    /** The year up to today: today and the 364 days before it. */
    public static ReportPeriod lastYear(Clock clock) {
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return new ReportPeriod(today.minusYears(1).plusDays(1), today);
    }

    /** The period as given, either end defaulting to the year up to today. */
    public static ReportPeriod of(LocalDate from, LocalDate to, Clock clock) {
        if (from != null && to != null) {
            return new ReportPeriod(from, to);
        }
        if (to != null) {
            return new ReportPeriod(to.minusYears(1).plusDays(1), to);
        }
        if (from != null) {
            return new ReportPeriod(from, from.plusYears(1).minusDays(1));
        }
        return lastYear(clock);
    }

    OffsetDateTime start() {
        return from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The first instant after the period. */
    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
