package org.claimtrace.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.report.AnonymityAudit;
import org.claimtrace.report.ClaimSourcingReport;
import org.claimtrace.report.RelayGraph;
import org.claimtrace.report.ReportService;
import org.claimtrace.report.ReviewState;

import java.util.ArrayList;
import java.util.stream.Collectors;

import static org.claimtrace.report.ui.ReportTable.Cell;

/**
 * A claim's sourcing report: the number of outlets and independent origins with the flags, the review, the
 * first appearance, a timeline of appearances, every appearance's sourcing, the relay graph and the anonymity
 * audit. Everyone may read it.
 */
@Route("reports/claims/:id(\\d+)")
@PageTitle("Sourcing report · Claimtrace")
@PermitAll
class ClaimReportView extends ReportPage implements BeforeEnterObserver {

    private final ReportService reports;

    ClaimReportView(ReportService reports) {
        this.reports = reports;
        addClassName("claim-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            show(reports.claim(id));
        } catch (NotFoundException e) {
            add(new H2("No such claim"), new Paragraph("Claim " + id + " does not exist: it may have been merged into another claim or dissolved."),
                    link("All reports", "reports"));
        }
    }

    private void show(ClaimSourcingReport report) {
        add(header(report.shortText(), "Sourcing report of claim " + report.claimId()
                        + (report.claimant() == null ? "" : " \u00b7 claimant: " + report.claimant()),
                link("Claim page", "claims/" + report.claimId()), link("All reports", "reports")));
        add(summary(report), firstAppearance(report), timeline(report), appearances(report), independence(report), audit(report));
    }

    private Section summary(ClaimSourcingReport report) {
        var section = section("report-summary", "Summary");
        var figure = new Paragraph(report.independence().summary());
        figure.addClassName("report-headline-figure");
        figure.setId("independence-figure");
        section.add(figure);
        if (report.fullText() != null) {
            section.add(new Paragraph(report.fullText()));
        }
        var flags = new Div();
        flags.setId("report-flags");
        flags.addClassName("report-flags");
        if (report.flags().isEmpty()) {
            flags.add(new Paragraph("No flags raised."));
        }
        for (var flag : report.flags()) {
            var badge = new Span(flag.label());
            badge.addClassName("report-flag-label");
            var row = new Div(badge, new Span(flag.message()));
            row.addClassName("report-flag");
            row.getElement().setAttribute("data-flag", flag.code().name());
            flags.add(row);
        }
        section.add(flags, review(report.review()));
        return section;
    }

    /**
     * The review's place: the claim's own status and verdict, then what each review session made of it.
     */
    static Div review(ReviewState review) {
        var box = new Div();
        box.setId("review");
        box.addClassName("report-review");
        var status = new Paragraph(review.summary());
        status.setId("review-status");
        box.add(status);
        if (review.history().isEmpty()) {
            var note = new Paragraph("Review history: the claim has not been in a review session yet.");
            note.addClassName("report-note");
            box.add(note);
        } else {
            review.history().forEach(event -> {
                var line = new Paragraph(time(event.at()) + " \u00b7 " + event.by() + " \u00b7 " + event.what());
                line.addClassName("review-event");
                box.add(line);
            });
        }
        return box;
    }

    private Section firstAppearance(ClaimSourcingReport report) {
        var section = section("report-first-appearance", "First appearance");
        var first = report.firstAppearance();
        if (first == null) {
            section.add(new Paragraph("Unknown: no appearance has a publication time."));
        } else {
            var where = new Paragraph(first.outlet().name() + ", " + time(first.published()));
            where.addClassName("report-headline-figure");
            where.setId("first-appearance-outlet");
            section.add(where);
            section.add(new Paragraph(link(first.headline() == null ? "Open the article" : first.headline(), "articles/" + first.articleId())));
            if (first.url() != null) {
                section.add(new Paragraph(link(first.url(), first.url())));
            }
            if (first.quote() != null) {
                var quote = new Paragraph("\u201c" + first.quote() + "\u201d");
                quote.addClassName("report-quote");
                section.add(quote);
            }
            section.add(new Paragraph("Why first: " + first.evidence()));
        }
        return section;
    }

    private Section timeline(ClaimSourcingReport report) {
        var section = section("report-timeline", "Timeline of appearances");
        var table = ReportTable.named("timeline", "Appearances by time", "Outlet", "Published", "Attribution type");
        report.appearances().forEach(a -> table.row(a.outlet().name(), time(a.published()), Cell.swatch(a.typeName(), a.typeColour())));
        var dated = report.appearances().stream().filter(a -> a.published() != null).toList();
        var description = "Timeline chart of " + dated.size() + " dated appearance" + (dated.size() == 1 ? "" : "s") + ": "
                + dated.stream().map(a -> a.outlet().name() + " on " + day(a.published()) + " (" + a.typeName() + ")")
                .collect(Collectors.joining("; ")) + "."
                + (dated.size() < report.appearances().size() ? " " + (report.appearances().size() - dated.size()) + " undated not shown." : "");
        var chart = new ReportChart("timeline-chart", description, ChartOptions.timeline(report.appearances()), 640,
                Math.max(200, 90 + 44 * (int) dated.stream().map(a -> a.outlet().name()).distinct().count()));
        dated.stream().map(a -> new ReportChart.Key(a.typeName(), a.typeColour())).distinct().forEach(k -> chart.key(k.name(), k.colour()));
        section.add(figure(chart, table.build(), "claim-" + report.claimId() + "-timeline.csv"));
        return section;
    }

    private Section appearances(ClaimSourcingReport report) {
        var section = section("report-appearances", "Appearances (" + report.appearances().size() + ")");
        var table = ReportTable.named("appearances", "One row per appearance", "Outlet", "Published", "Attribution type",
                "Source as written", "Cue and stance", "On the record", "Relay chain", "Quote");
        for (var a : report.appearances()) {
            var cue = (a.cue() == null ? "\u2014" : "\u201c" + a.cue() + "\u201d") + (a.stance() == null ? "" : ", " + a.stance().name().toLowerCase());
            var onRecord = a.onRecord().label() + (a.onRecordRecorded() ? "" : " (from the type)");
            var chain = a.relays() || a.relayChain().size() > 1 ? String.join(" \u2192 ", a.relayChain()) : "own sourcing";
            if (a.syndicatedCopyOf() != null) {
                chain = chain + " (syndicated copy of article " + a.syndicatedCopyOf() + ")";
            }
            table.row(Cell.link(a.outlet().name(), "articles/" + a.articleId()), time(a.published()), Cell.swatch(a.typeName(), a.typeColour()),
                    a.sourceAsWritten() == null ? "\u2014" : a.sourceAsWritten(), cue, onRecord, chain, a.quote());
        }
        section.add(numbers(table.build(), "claim-" + report.claimId() + "-appearances.csv"));
        return section;
    }

    private Section independence(ClaimSourcingReport report) {
        var independence = report.independence();
        var section = section("report-independence", "Independence: who carries whom");
        var figure = new Paragraph(independence.summary() + (independence.originNames().isEmpty() ? "."
                : ". Origin" + (independence.origins() == 1 ? "" : "s") + ": " + String.join(", ", independence.originNames()) + "."));
        figure.addClassName("report-headline-figure");
        section.add(figure);
        var table = ReportTable.named("relays", "Who carries whom", "Outlet", "Carries", "How");
        independence.edges().forEach(e -> table.row(e.from(), e.to(), e.kind() == RelayGraph.EdgeKind.COPIES ? "syndicated copy" : e.how()));
        independence.nodes().stream().filter(RelayGraph.Node::origin).forEach(n -> table.row(n.name(), "\u2014",
                n.kind() == RelayGraph.NodeKind.CARRIER ? "origin: carries it on its own sourcing"
                        : n.kind() == RelayGraph.NodeKind.CITED ? "origin: named as the source, not in the corpus" : "origin: not named"));
        var relations = independence.edges().stream().map(e -> e.from() + (e.kind() == RelayGraph.EdgeKind.COPIES ? " copies " : " relays ") + e.to())
                .collect(Collectors.joining("; "));
        var description = "Relay graph of " + independence.nodes().size() + " outlet" + (independence.nodes().size() == 1 ? "" : "s") + ". "
                + (relations.isEmpty() ? "No outlet relays another." : relations + ".")
                + (independence.originNames().isEmpty() ? " No origin outside a relay loop." : " Origins: " + String.join(", ", independence.originNames()) + ".");
        var chart = new ReportChart("relay-graph", description, ChartOptions.relayGraph(independence), 640, 300);
        if (independence.nodes().stream().anyMatch(RelayGraph.Node::origin)) {
            chart.key("Origin", ChartOptions.ORIGIN);
        }
        if (independence.nodes().stream().anyMatch(n -> !n.origin() && n.kind() == RelayGraph.NodeKind.CARRIER)) {
            chart.key("Carries it by relaying or copying", ChartOptions.RELAYING);
        }
        if (independence.nodes().stream().anyMatch(n -> !n.origin() && n.kind() != RelayGraph.NodeKind.CARRIER)) {
            chart.key("Named or implied source, not an origin", ChartOptions.CITED);
        }
        section.add(figure(chart, table.build(), "claim-" + report.claimId() + "-relays.csv"));
        return section;
    }

    private Section audit(ClaimSourcingReport report) {
        var section = section("report-anonymity-audit", "Anonymity audit (AP rules)");
        if (report.anonymityAudit().isEmpty()) {
            section.add(new Paragraph("No appearance is anonymous."));
            return section;
        }
        section.add(new Paragraph("For each anonymous appearance: is the source described as specifically as possible, does the "
                + "story say why it is anonymous and how it knows, and is it information rather than opinion? Answers come from "
                + "what the editor recorded, else from the article's own words; check them."));
        var table = ReportTable.named("audit", "Anonymity audit", "Outlet", "Source as written", "Question", "Answer", "The words that answer it", "Where");
        var rows = new ArrayList<Object[]>();
        for (var row : report.anonymityAudit()) {
            for (var finding : row.answers()) {
                rows.add(new Object[]{row.outlet().name(), row.sourceAsWritten() == null ? "\u2014" : row.sourceAsWritten(), finding.asks(),
                        answer(finding.answer()), finding.words() == null ? "\u2014" : finding.words(), finding.where()});
            }
        }
        rows.forEach(table::row);
        section.add(numbers(table.build(), "claim-" + report.claimId() + "-anonymity-audit.csv"));
        return section;
    }

    private static String answer(AnonymityAudit.Answer answer) {
        return switch (answer) {
            case YES -> "Yes";
            case NO -> "No";
            case UNKNOWN -> "Unknown";
        };
    }
}
