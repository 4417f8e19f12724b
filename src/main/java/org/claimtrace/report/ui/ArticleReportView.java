package org.claimtrace.report.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.report.ArticleSourcingReport;
import org.claimtrace.report.ReportService;
import org.claimtrace.report.TypeShare;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.claimtrace.report.ui.ReportTable.Cell;

/** An article's sourcing: the mix of attribution types, on the record, anonymity, transparency, and who else carries its claims. */
@Route("reports/articles/:id(\\d+)")
@PageTitle("Article report · Claimtrace")
@PermitAll
class ArticleReportView extends ReportPage implements BeforeEnterObserver {

    private final ReportService reports;

    ArticleReportView(ReportService reports) {
        this.reports = reports;
        addClassName("article-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            show(reports.article(id));
        } catch (NotFoundException e) {
            add(new H2("No such article"), new Paragraph("Article " + id + " does not exist."), link("All reports", "reports"));
        }
    }

    private void show(ArticleSourcingReport report) {
        add(header(report.headline(), "Article report \u00b7 " + report.outlet().name() + " \u00b7 " + time(report.published()),
                link("Read the article", "articles/" + report.articleId()), link("Outlet report", "reports/outlets/" + report.outlet().id()),
                link("All reports", "reports")));
        add(summary(report), mix(report), carried(report));
    }

    private Section summary(ArticleSourcingReport report) {
        var section = section("report-summary", "Summary");
        var t = report.transparency();
        var score = new Paragraph(t.score() == null ? "Transparency: no score (no claims annotated)" : "Transparency score " + t.score() + " of 100");
        score.addClassName("report-headline-figure");
        score.setId("transparency-score");
        section.add(score, new Paragraph(t.explanation()));
        section.add(figures(
                report.claims() + " claim" + (report.claims() == 1 ? "" : "s") + " annotated",
                "On the record: " + report.onRecord() + " (" + percent(report.onRecordShare()) + ")",
                "Unattributed: " + report.unattributed(),
                "Anonymous: " + report.anonymous() + ", of which without a recorded reason for anonymity: " + report.anonymousWithoutReason()));
        var note = new Paragraph("How the score is made: up to 60 points for named sources on the record (15 each, four or more for "
                + "all 60), up to 20 for anonymous sourcing (all 20 without anonymous claims, else the share of anonymous sources "
                + "described), up to 20 for the share of claims attributed at all \u2014 after the Pew Research Center's Project for "
                + "Excellence in Journalism, which counted per story its named, described sources and whether anonymous ones were described.");
        note.addClassName("report-note");
        section.add(note);
        return section;
    }

    private Section mix(ArticleSourcingReport report) {
        var section = section("report-mix", "Attribution types");
        if (report.mix().isEmpty()) {
            section.add(new Paragraph("No claims annotated in this article yet."));
            return section;
        }
        var chart = new ReportChart("mix-chart", mixDescription("this article", report.mix()), ChartOptions.typeBars(report.mix()), 640,
                60 + 34 * report.mix().size());
        section.add(figure(chart, mixTable(report.mix()), "article-" + report.articleId() + "-mix.csv"));
        return section;
    }

    static String mixDescription(String where, List<TypeShare> mix) {
        return "Bar chart of the attribution types in " + where + ": " + mix.stream()
                .map(t -> t.name() + " " + t.count() + " (" + String.format(Locale.ROOT, "%.0f%%", t.share() * 100) + ")")
                .collect(Collectors.joining(", ")) + ".";
    }

    static ReportTable mixTable(List<TypeShare> mix) {
        var table = ReportTable.named("mix", "Claims by attribution type", "Attribution type", "Code", "Claims", "Share");
        mix.forEach(t -> table.row(Cell.swatch(t.name(), t.colour()), t.code(), t.count(), percent(t.share())));
        table.row("All", "", mix.stream().mapToLong(TypeShare::count).sum(), mix.isEmpty() ? "" : "100.0%");
        return table.build();
    }

    private Section carried(ArticleSourcingReport report) {
        var section = section("report-carried", "Its claims in other outlets");
        if (report.carriedElsewhere().isEmpty()) {
            section.add(new Paragraph("None of its claims is linked to a cross-outlet claim yet."));
            return section;
        }
        var table = ReportTable.named("carried", "Cross-outlet claims in this article", "Claim", "Outlets carrying it", "First appearance",
                "This article first");
        for (var c : report.carriedElsewhere()) {
            var outlets = c.outlets().stream().map(o -> o.outlet().name() + " (" + day(o.earliest()) + ")").collect(Collectors.joining("; "));
            var first = c.firstOutlet() == null ? "unknown" : c.firstOutlet().name() + ", " + time(c.firstPublished());
            table.row(Cell.link(c.shortText(), "reports/claims/" + c.claimId()), outlets, first, c.thisArticleFirst() ? "yes" : "no");
        }
        section.add(numbers(table.build(), "article-" + report.articleId() + "-claims.csv"));
        return section;
    }
}
