package org.claimtrace.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletService;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.base.Notifications;
import org.claimtrace.base.RejectedException;
import org.claimtrace.report.OutletComparison;
import org.claimtrace.report.OutletSourcingReport;
import org.claimtrace.report.ReportPeriod;
import org.claimtrace.report.ReportService;
import org.claimtrace.report.TypeShare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.claimtrace.report.ui.ReportTable.Cell;

/** Two to six outlets over the same period, side by side. */
@Route("reports/outlets/compare")
@PageTitle("Outlets compared · Claimtrace")
@PermitAll
class OutletComparisonView extends ReportPage implements BeforeEnterObserver {

    private final ReportService reports;
    private final OutletService outlets;
    private final MultiSelectComboBox<Outlet> chosen = new MultiSelectComboBox<>("Outlets");
    private final List<String> tagOrder;

    OutletComparisonView(ReportService reports, OutletService outlets, TagsetService tagset) {
        this.reports = reports;
        this.outlets = outlets;
        this.tagOrder = tagset.list().stream().map(AttributionTag::getCode).toList();
        addClassName("comparison-report");
        chosen.setId("compare-outlets");
        chosen.setItemLabelGenerator(Outlet::getName);
        chosen.setWidth("100%");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var query = event.getLocation().getQueryParameters();
        List<Long> ids;
        LocalDate from;
        LocalDate to;
        try {
            ids = query.getParameters().getOrDefault("ids", List.of()).stream().flatMap(v -> Arrays.stream(v.split(",")))
                    .filter(v -> !v.isBlank()).map(v -> Long.parseLong(v.strip())).toList();
            from = PeriodForm.date(query, "from").orElse(null);
            to = PeriodForm.date(query, "to").orElse(null);
        } catch (IllegalArgumentException e) {
            Notifications.error(e instanceof NumberFormatException ? "Outlets are given by their numbers, e.g. ids=3,7." : e.getMessage());
            ids = List.of();
            from = null;
            to = null;
        }
        try {
            show(reports.compare(ids, from, to));
        } catch (RejectedException | NotFoundException e) {
            add(new H2("Compare outlets"), new Paragraph(ids.isEmpty() ? "Choose two to six outlets and a period." : e.getMessage()));
            add(form(ids, reports.defaultPeriod()));
        }
    }

    private com.vaadin.flow.component.html.Div form(List<Long> ids, ReportPeriod period) {
        var all = outlets.list();
        chosen.setItems(all);
        chosen.select(all.stream().filter(o -> ids.contains(o.getId())).toList());
        var form = new PeriodForm(period, "Compare", this::apply);
        form.addComponentAsFirst(chosen);
        return form;
    }

    private void apply(LocalDate from, LocalDate to) {
        var ids = chosen.getValue().stream().map(Outlet::getId).toList();
        if (ids.size() < 2 || ids.size() > ReportService.COMPARE_MAX) {
            Notifications.error("Choose 2 to " + ReportService.COMPARE_MAX + " outlets to compare.");
            return;
        }
        try {
            new ReportPeriod(from, to);
        } catch (RejectedException e) {
            Notifications.error(e.getMessage());
            return;
        }
        UI.getCurrent().navigate("reports/outlets/compare", PeriodForm.query(from, to,
                Map.of("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",")))));
    }

    private void show(OutletComparison comparison) {
        var names = comparison.outlets().stream().map(o -> o.outlet().name()).toList();
        add(header(String.join(" \u00b7 ", names), "Outlets compared \u00b7 " + comparison.from() + " to " + comparison.to(),
                link("All reports", "reports")));
        add(form(comparison.outlets().stream().map(o -> o.outlet().id()).toList(), new ReportPeriod(comparison.from(), comparison.to())));
        add(figuresSection(comparison), mix(comparison), relaying(comparison), trend(comparison));
    }

    private Section figuresSection(OutletComparison comparison) {
        var section = section("report-summary", "Figures side by side");
        var headers = new ArrayList<String>(List.of("Figure"));
        comparison.outlets().forEach(o -> headers.add(o.outlet().name()));
        var table = ReportTable.named("figures", "Figures of the period", headers.toArray(String[]::new));
        row(table, comparison, "Articles", o -> Long.toString(o.articles()));
        row(table, comparison, "Claims annotated", o -> Long.toString(o.claims()));
        row(table, comparison, "On the record", o -> percent(o.onRecordShare()));
        row(table, comparison, "Unattributed", o -> percent(o.unattributedShare()));
        row(table, comparison, "Anonymous", o -> Long.toString(o.anonymous()));
        row(table, comparison, "Anonymous with a recorded reason", o -> percent(o.anonymousWithReasonShare()));
        row(table, comparison, "Relays another outlet", o -> percent(o.relaying().relaysShare()));
        row(table, comparison, "First to carry a claim", o -> percent(o.relaying().firstShare()));
        section.add(numbers(table.build(), "outlets-figures.csv"));
        return section;
    }

    private static void row(ReportTable.Builder table, OutletComparison comparison, String figure,
                            java.util.function.Function<OutletSourcingReport, String> value) {
        var cells = new ArrayList<Object>(List.of(figure));
        comparison.outlets().forEach(o -> cells.add(value.apply(o)));
        table.row(cells.toArray());
    }

    private Section mix(OutletComparison comparison) {
        var section = section("report-mix", "Attribution types side by side");
        var types = typesOf(comparison.outlets(), tagOrder);
        if (types.isEmpty()) {
            section.add(new Paragraph("No annotated claims in these outlets' articles of the period."));
            return section;
        }
        var headers = new ArrayList<String>(List.of("Attribution type"));
        comparison.outlets().forEach(o -> headers.add(o.outlet().name()));
        var table = ReportTable.named("mix", "Share of claims by attribution type", headers.toArray(String[]::new));
        for (var type : types) {
            var cells = new ArrayList<Object>(List.of(Cell.swatch(type.name(), type.colour())));
            for (var outlet : comparison.outlets()) {
                var share = outlet.mix().stream().filter(t -> t.code().equals(type.code())).findFirst();
                cells.add(share.map(t -> percent(t.share()) + " (" + t.count() + ")").orElse("0.0% (0)"));
            }
            table.row(cells.toArray());
        }
        var description = "Stacked bar chart, one bar per outlet, of the share of each attribution type: " + comparison.outlets().stream()
                .map(o -> o.outlet().name() + ": " + o.mix().stream().map(t -> t.name() + " " + percent(t.share())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")) + ".";
        var chart = new ReportChart("mix-chart", description, ChartOptions.mixByOutlet(comparison.outlets(), types), 640,
                80 + 50 * comparison.outlets().size());
        types.forEach(t -> chart.key(t.name(), t.colour()));
        section.add(figure(chart, table.build(), "outlets-mix.csv", true));
        return section;
    }

    /** Every type present in any of the outlets, in the tagset's order (types it no longer has last). */
    static List<TypeShare> typesOf(List<OutletSourcingReport> outlets, List<String> tagOrder) {
        var types = new LinkedHashMap<String, TypeShare>();
        outlets.forEach(o -> o.mix().forEach(t -> types.putIfAbsent(t.code(), t)));
        return types.values().stream().sorted(java.util.Comparator.comparingInt(t -> {
            int i = tagOrder.indexOf(t.code());
            return i < 0 ? Integer.MAX_VALUE : i;
        })).toList();
    }

    private Section relaying(OutletComparison comparison) {
        var section = section("report-relaying", "Relays others or reports first");
        var chart = OutletReportView.relayingKeys(new ReportChart("relaying-chart", OutletReportView.relayingDescription(comparison.outlets(), true),
                ChartOptions.relaying(comparison.outlets(), true), 640, 300));
        section.add(figure(chart, OutletReportView.relayingTable(comparison.outlets()), "outlets-relaying.csv", true));
        return section;
    }

    private Section trend(OutletComparison comparison) {
        var section = section("report-trend", "On the record, month by month");
        var headers = new ArrayList<String>(List.of("Month"));
        comparison.outlets().forEach(o -> headers.add(o.outlet().name()));
        var table = ReportTable.named("trend", "Share of claims on the record by month", headers.toArray(String[]::new));
        var months = comparison.outlets().getFirst().trend();
        for (int i = 0; i < months.size(); i++) {
            var cells = new ArrayList<Object>(List.of(months.get(i).month()));
            for (var outlet : comparison.outlets()) {
                var month = outlet.trend().get(i);
                cells.add(month.claims() == 0 ? "\u2014" : percent(month.onRecordShare()) + " of " + month.claims());
            }
            table.row(cells.toArray());
        }
        var description = "Line chart of the share of claims on the record per month, one line per outlet: " + comparison.outlets().stream()
                .map(o -> o.outlet().name() + " " + percent(o.onRecordShare()) + " over the period").collect(Collectors.joining(", "))
                + ". Months without claims have no point.";
        var chart = new ReportChart("trend-chart", description, ChartOptions.onRecordTrend(comparison.outlets()), 640, 300);
        for (int i = 0; i < comparison.outlets().size(); i++) {
            chart.key(comparison.outlets().get(i).outlet().name(), ChartOptions.PALETTE[i % ChartOptions.PALETTE.length]);
        }
        section.add(figure(chart, table.build(), "outlets-trend.csv", true));
        return section;
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
