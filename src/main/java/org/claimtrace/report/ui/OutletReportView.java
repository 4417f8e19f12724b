package org.claimtrace.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.base.Notifications;
import org.claimtrace.base.RejectedException;
import org.claimtrace.report.OutletSourcingReport;
import org.claimtrace.report.ReportPeriod;
import org.claimtrace.report.ReportService;
import org.claimtrace.report.TypeShare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An outlet's sourcing over a period: the mix, on the record and anonymity, relays versus first, and the trend by month. */
@Route("reports/outlets/:id(\\d+)")
@PageTitle("Outlet report · Claimtrace")
@PermitAll
class OutletReportView extends ReportPage implements BeforeEnterObserver {

    private final ReportService reports;
    private long outletId;

    OutletReportView(ReportService reports) {
        this.reports = reports;
        addClassName("outlet-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        outletId = event.getRouteParameters().getLong("id").orElse(-1L);
        var query = event.getLocation().getQueryParameters();
        try {
            show(reports.outlet(outletId, PeriodForm.date(query, "from").orElse(null), PeriodForm.date(query, "to").orElse(null)));
        } catch (NotFoundException e) {
            add(new H2("No such outlet"), new Paragraph("Outlet " + outletId + " does not exist."), link("All reports", "reports"));
        } catch (RejectedException | IllegalArgumentException e) {
            Notifications.error(e.getMessage() + " The report shows the year up to today instead.");
            show(reports.outlet(outletId, null, null));
        }
    }

    private void show(OutletSourcingReport report) {
        add(header(report.outlet().name(), "Outlet report \u00b7 " + (report.outlet().kind() == null ? "" : report.outlet().kind().label() + " \u00b7 ")
                        + report.from() + " to " + report.to(), link("All reports", "reports")),
                new PeriodForm(new ReportPeriod(report.from(), report.to()), "Show period", this::apply));
        add(summary(report), mix(report), relaying(report), trend(report));
    }

    private void apply(LocalDate from, LocalDate to) {
        try {
            new ReportPeriod(from, to);
        } catch (RejectedException e) {
            Notifications.error(e.getMessage());
            return;
        }
        UI.getCurrent().navigate("reports/outlets/" + outletId, PeriodForm.query(from, to, Map.of()));
    }

    static String[] figureLines(OutletSourcingReport report) {
        return new String[]{
                report.articles() + " article" + (report.articles() == 1 ? "" : "s") + ", " + report.claims() + " claim" + (report.claims() == 1 ? "" : "s") + " annotated",
                "On the record: " + report.onRecord() + " (" + percent(report.onRecordShare()) + ")",
                "Unattributed: " + report.unattributed() + " (" + percent(report.unattributedShare()) + ")",
                "Anonymous: " + report.anonymous() + ", with a recorded reason for anonymity: " + report.anonymousWithReason()
                        + " (" + percent(report.anonymousWithReasonShare()) + ")",
                "Hedged: " + report.hedged()};
    }

    private Section summary(OutletSourcingReport report) {
        var section = section("report-summary", "Summary");
        section.add(figures(figureLines(report)));
        return section;
    }

    private Section mix(OutletSourcingReport report) {
        var section = section("report-mix", "Attribution types");
        if (report.mix().isEmpty()) {
            section.add(new Paragraph("No annotated claims in articles published in this period."));
            return section;
        }
        var chart = new ReportChart("mix-chart", ArticleReportView.mixDescription(report.outlet().name() + "'s articles of the period", report.mix()),
                ChartOptions.typeBars(report.mix()), 640, 60 + 34 * report.mix().size());
        section.add(figure(chart, ArticleReportView.mixTable(report.mix()), "outlet-" + report.outlet().id() + "-mix.csv"));
        return section;
    }

    static ReportTable relayingTable(List<OutletSourcingReport> reports) {
        var table = ReportTable.named("relaying", "Appearances of cross-outlet claims", "Outlet", "Appearances", "Relays another outlet",
                "of which syndicated copies", "First to carry it", "Followed on own sourcing");
        for (var r : reports) {
            var x = r.relaying();
            table.row(r.outlet().name(), x.appearances(), x.relays() + " (" + percent(x.relaysShare()) + ")", x.syndicated(),
                    x.first() + " (" + percent(x.firstShare()) + ")", x.follows() + " (" + percent(OutletComparisonView.share(x.follows(), x.appearances())) + ")");
        }
        return table.build();
    }

    static String relayingDescription(List<OutletSourcingReport> reports, boolean shares) {
        return "Bar chart of how each outlet carries cross-outlet claims: " + reports.stream().map(r -> {
            var x = r.relaying();
            return shares ? r.outlet().name() + " relays " + percent(x.relaysShare()) + ", first " + percent(x.firstShare()) + ", follows "
                    + percent(OutletComparisonView.share(x.follows(), x.appearances()))
                    : r.outlet().name() + " relays another outlet " + x.relays() + " times, was first " + x.first() + " times and followed on its own sourcing "
                    + x.follows() + " times, of " + x.appearances() + " appearances";
        }).collect(Collectors.joining("; ")) + ".";
    }

    private Section relaying(OutletSourcingReport report) {
        var section = section("report-relaying", "Relays others or reports first");
        if (report.relaying().appearances() == 0) {
            section.add(new Paragraph("None of its claims in this period is linked to a cross-outlet claim."));
            return section;
        }
        var chart = relayingKeys(new ReportChart("relaying-chart", relayingDescription(List.of(report), false),
                ChartOptions.relaying(List.of(report), false), 640, 300));
        section.add(figure(chart, relayingTable(List.of(report)), "outlet-" + report.outlet().id() + "-relaying.csv"));
        return section;
    }

    private Section trend(OutletSourcingReport report) {
        var section = section("report-trend", "Trend by month");
        var table = ReportTable.named("trend", "Claims by month and attribution type", trendHeaders(report.mix()));
        for (var month : report.trend()) {
            var row = new java.util.ArrayList<Object>(List.of(month.month(), month.claims(),
                    month.claims() == 0 ? "\u2014" : percent(month.onRecordShare()), month.claims() == 0 ? "\u2014" : percent(month.anonymousShare())));
            for (var type : report.mix()) {
                row.add(month.mix().stream().filter(t -> t.code().equals(type.code())).mapToLong(TypeShare::count).sum());
            }
            table.row(row.toArray());
        }
        var busiest = report.trend().stream().max(java.util.Comparator.comparingLong(OutletSourcingReport.Month::claims));
        var description = "Stacked bar chart of claims per month from " + report.trend().getFirst().month() + " to " + report.trend().getLast().month()
                + ", by attribution type: " + report.trend().stream().map(m -> m.month() + " " + m.claims()).collect(Collectors.joining(", "))
                + busiest.filter(m -> m.claims() > 0).map(m -> ". Most in " + m.month() + ".").orElse(".");
        var chart = new ReportChart("trend-chart", description, ChartOptions.monthlyMix(report), 640, 320);
        report.mix().forEach(t -> chart.key(t.name(), t.colour()));
        section.add(figure(chart, table.build(), "outlet-" + report.outlet().id() + "-trend.csv"));
        return section;
    }

    static ReportChart relayingKeys(ReportChart chart) {
        return chart.key("Relays another outlet", ChartOptions.RELAYS).key("First to carry it", ChartOptions.FIRST)
                .key("Followed on own sourcing", ChartOptions.FOLLOWS);
    }

    private static String[] trendHeaders(List<TypeShare> mix) {
        var headers = new java.util.ArrayList<>(List.of("Month", "Claims", "On the record", "Anonymous"));
        mix.forEach(t -> headers.add(t.name()));
        return headers.toArray(String[]::new);
    }
}
