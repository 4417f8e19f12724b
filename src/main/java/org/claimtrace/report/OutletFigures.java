package org.claimtrace.report;

import org.claimtrace.attribution.AttributionTag;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Outlet reports from the database's per-day counts: one pass over the period for all the outlets compared ({@link OutletPass}). */
final class OutletFigures {

    private final ReportQueries queries;
    private final OutletPass pass;
    private final Map<String, AttributionTag> tags;

    OutletFigures(ReportQueries queries, OutletPass pass, Map<String, AttributionTag> tags) {
        this.queries = queries;
        this.pass = pass;
        this.tags = tags;
    }

    List<OutletSourcingReport> of(List<OutletRef> outlets, ReportPeriod period) {
        var ids = outlets.stream().map(OutletRef::id).toList();
        var days = new HashMap<Long, List<ReportQueries.DayFigures>>();
        pass.days(ids, period).forEach(d -> days.computeIfAbsent(d.outletId(), k -> new ArrayList<>()).add(d));
        var articles = new HashMap<Long, Long>();
        queries.articleCounts(ids, period.start(), period.end()).forEach(row -> articles.put(row[0], row[1]));
        var relaying = new HashMap<Long, ReportQueries.Relaying>();
        days.values().forEach(list -> list.forEach(d -> relaying.merge(d.outletId(), d.relaying(), ReportQueries.Relaying::plus)));
        return outlets.stream().map(outlet -> report(outlet, period, days.getOrDefault(outlet.id(), List.of()),
                articles.getOrDefault(outlet.id(), 0L), relaying.get(outlet.id()))).toList();
    }

    private OutletSourcingReport report(OutletRef outlet, ReportPeriod period, List<ReportQueries.DayFigures> days, long articles,
                                        ReportQueries.Relaying relays) {
        var figures = days.stream().map(ReportQueries.DayFigures::figures).toList();
        var total = ReportService.Totals.of(figures);
        var r = relays == null ? new ReportQueries.Relaying(outlet.id(), 0, 0, 0, 0) : relays;
        var relaying = new OutletSourcingReport.Relaying(r.appearances(), r.relays(), r.syndicated(), r.first(),
                r.appearances() - r.relays() - r.first(), ReportService.share(r.relays(), r.appearances()),
                ReportService.share(r.first(), r.appearances()));
        return new OutletSourcingReport(outlet, period.from(), period.to(), articles, total.count, ReportService.mix(figures, tags),
                total.onRecord, ReportService.share(total.onRecord, total.count), total.unattributed,
                ReportService.share(total.unattributed, total.count), total.anonymous, total.anonymousWithReason,
                ReportService.share(total.anonymousWithReason, total.anonymous), total.hedged, relaying, trend(period, days));
    }

    /** Every month of the period, empty months included, so a trend line has no gaps that are not there. */
    private List<OutletSourcingReport.Month> trend(ReportPeriod period, List<ReportQueries.DayFigures> days) {
        var byMonth = new TreeMap<YearMonth, List<ReportQueries.Figures>>();
        for (var month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to())); month = month.plusMonths(1)) {
            byMonth.put(month, new ArrayList<>());
        }
        for (var day : days) {
            byMonth.computeIfAbsent(YearMonth.from(LocalDate.ofEpochDay(day.epochDay())), k -> new ArrayList<>()).add(day.figures());
        }
        var months = new ArrayList<OutletSourcingReport.Month>();
        byMonth.forEach((month, figures) -> {
            var total = ReportService.Totals.of(figures);
            months.add(new OutletSourcingReport.Month(month.toString(), total.count, ReportService.mix(figures, tags),
                    ReportService.share(total.onRecord, total.count), ReportService.share(total.anonymous, total.count)));
        });
        return months;
    }
}
