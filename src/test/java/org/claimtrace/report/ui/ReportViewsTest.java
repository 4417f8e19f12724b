package org.claimtrace.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import org.claimtrace.KaribuTest;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.report.ReportService;
import org.claimtrace.report.SeedSourcingAccess;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.claimtrace.security.ui.LoginView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The report pages driven as a viewer: what they show for the annotated seeds, and how they refuse. */
@TestPropertySource(properties = "claimtrace.test.context=reports")
class ReportViewsTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ClaimService claims;
    @Autowired
    ReportService reports;

    SeedSourcingAccess.Seeds seeds;

    @BeforeEach
    void annotatedSeeds() {
        seeds = SeedSourcingAccess.prepare(articles, annotations, claims);
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static int rows(String tableId) {
        var table = _get(NativeTable.class, spec -> spec.withId(tableId));
        return (int) table.getChildren().filter(c -> c instanceof NativeTableBody).findFirst().orElseThrow().getChildren().count();
    }

    private static ReportChart chart(String id) {
        return _get(ReportChart.class, spec -> spec.withId(id));
    }

    @Test
    void aViewerOpensTheSourcingReportFromTheClaimPage() {
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("claims/" + seeds.statement());
        var link = _get(Anchor.class, spec -> spec.withId("sourcing-report-link"));
        assertThat(link.getHref()).isEqualTo("reports/claims/" + seeds.statement());

        UI.getCurrent().navigate(link.getHref());

        assertThat(currentView()).isEqualTo(ClaimReportView.class);
        assertThat(text("independence-figure")).isEqualTo("2 outlets, 2 independent origins");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("report-flag")))
                .extracting(d -> d.getElement().getAttribute("data-flag")).containsExactly("ANONYMITY_CHANGED");
        assertThat(text("review-status")).isEqualTo("Review: not reviewed yet");
        assertThat(text("first-appearance-outlet")).startsWith("The New York Times, 4 Sep 2023");
        assertThat(rows("appearances-table")).isEqualTo(2);
        assertThat(rows("audit-table")).isEqualTo(4);
    }

    @Test
    void eachChartIsSentWithItsNumbersAndATextAlternative() throws Exception {
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("reports/claims/" + seeds.trip());

        var timeline = JsonMapper.builder().build().readTree(chart("timeline-chart").option());
        var points = 0;
        for (var series : timeline.get("series")) {
            points += series.get("data").size();
        }
        assertThat(points).isEqualTo(2);
        assertThat(chart("timeline-chart").description()).isEqualTo("Timeline chart of 2 dated appearances: The New York Times on "
                + "4 Sep 2023 (Anonymous, vague); GZERO Media on 5 Sep 2023 (Other outlet).");
        var graph = JsonMapper.builder().build().readTree(chart("relay-graph").option()).get("series").get(0);
        assertThat(graph.get("data").size()).isEqualTo(2);
        assertThat(graph.get("links").get(0).get("source").asString()).isEqualTo("GZERO Media");
        assertThat(chart("relay-graph").getElement().getAttribute("aria-labelledby")).isEqualTo("relay-graph-caption");
        assertThat(rows("relays-table")).isEqualTo(2);

        UI.getCurrent().navigate("reports/articles/" + seeds.nyt());
        var bars = JsonMapper.builder().build().readTree(chart("mix-chart").option()).get("series").get(0).get("data");
        var report = SystemTask.call(() -> reports.article(seeds.nyt()));
        assertThat(bars.size()).isEqualTo(report.mix().size());
        assertThat(bars.get(0).get("itemStyle").get("color").asString()).isEqualTo(report.mix().getFirst().colour());
        assertThat(rows("mix-table")).isEqualTo(report.mix().size() + 1);
        assertThat(text("transparency-score")).isEqualTo("Transparency score " + report.transparency().score() + " of 100");
    }

    @Test
    void theOutletReportTakesItsPeriodFromTheAddressAndRefusesAReversedOne() {
        login("vera", Role.Names.VIEWER);
        long outlet = SystemTask.call(() -> articles.find(seeds.nyt()).orElseThrow().getOutlet().getId());

        UI.getCurrent().navigate("reports/outlets/" + outlet, QueryParameters.fromString("from=2023-09-01&to=2023-12-31"));
        assertThat(rows("trend-table")).isEqualTo(4);
        assertThat(chart("trend-chart").description()).startsWith("Stacked bar chart of claims per month from 2023-09 to 2023-12");

        UI.getCurrent().navigate("reports/outlets/" + outlet, QueryParameters.fromString("from=2023-12-31&to=2023-09-01"));
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("after it ends"));
        assertThat(rows("trend-table")).isEqualTo(12);
    }

    @Test
    void comparingNeedsTwoOutletsAndSaysSo() {
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("reports/outlets/compare");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Choose two to six outlets and a period."))).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("period-apply")));

        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("Choose 2 to 6 outlets to compare."));
        assertThat(currentView()).isEqualTo(OutletComparisonView.class);
    }

    @Test
    void theReportsAreaIsInTheNavigationForEveryRole() {
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("reports");

        assertThat(currentView()).isEqualTo(ReportsView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Reports");
        _click(_get(Button.class, spec -> spec.withId("open-claim-report")));
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("Choose a claim first."));
    }

    @Test
    void anUnknownClaimSaysSo() {
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("reports/claims/999999999");

        assertThat(_find(com.vaadin.flow.component.html.H2.class)).extracting(h -> h.getText()).contains("No such claim");
    }

    @Test
    void withoutLoginEveryReportPageSendsToTheLogin() {
        for (var path : List.of("reports", "reports/claims/" + seeds.trip(), "reports/articles/" + seeds.nyt(),
                "reports/outlets/1", "reports/outlets/compare")) {
            UI.getCurrent().navigate(path);
            assertThat(currentView()).as(path).isEqualTo(LoginView.class);
        }
    }
}
