package org.claimtrace.report.ui;

import org.apache.commons.csv.CSVFormat;
import org.claimtrace.BrowserTest;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.report.OutletSourcingReport;
import org.claimtrace.report.ReportService;
import org.claimtrace.report.SeedSourcingAccess;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each report in Chromium: every chart drawn as SVG with as many bars, points or nodes as the report has
 * numbers, its table beside it, a table downloaded as CSV, and the page printed to PDF (Chromium's
 * print-to-PDF). Screenshots and PDFs go to target/screenshots/; with poppler's pdftoppm and pdftotext on
 * the machine, the PDF's pages as PNGs too, and its text is checked for the navigation it must not print.
 */
@TestPropertySource(properties = "claimtrace.test.context=reports")
class ReportsBrowserTest extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final LocalDate FROM = LocalDate.of(2023, 9, 1);
    private static final LocalDate TO = LocalDate.of(2023, 12, 31);
    /** A data element ECharts drew: one bar, one point, one node or one edge part. */
    private static final String DRAWN = "svg path[ecmeta_data_index]";
    /** A circle symbol: a scatter or line point, or a graph node (edges are lines and arrows). */
    private static final String CIRCLE = "svg path[ecmeta_data_index][d^='M1 0A1 1']";

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
    void annotatedSeedsAndLoggedIn() {
        seeds = SeedSourcingAccess.prepare(articles, annotations, claims);
        login("admin", ADMIN_PASSWORD);
    }

    @AfterEach
    void noConsoleErrors() {
        var errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage()).filter(m -> !m.contains("favicon.ico")).toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    private void open(String path, int charts) {
        driver.get(url(path));
        waitFor(90).until(d -> d.findElements(By.cssSelector("report-chart[rendered]")).size() == charts);
        waitForVaadin();
    }

    private int count(String chartId, String css) {
        return driver.findElement(By.id(chartId)).findElements(By.cssSelector(css)).size();
    }

    private int rows(String tableId) {
        return driver.findElements(By.cssSelector("#" + tableId + " tbody tr")).size();
    }

    private void look(String name, String... chartIds) {
        js("window.scrollTo(0, 0); document.querySelector('vaadin-app-layout')?.shadowRoot?.querySelector('[part=content]')?.scrollTo(0, 0)");
        screenshot(name);
        for (var id : chartIds) {
            js("document.getElementById(arguments[0]).closest('section').scrollIntoView()", id);
            screenshot(name + "-" + id);
        }
    }

    /** Chromium's print-to-PDF of the page as it is, A4; returns the number of pages. */
    private int print(String name, String... mustNotPrint) throws Exception {
        var options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        var pdf = Base64.getDecoder().decode(((PrintsPage) driver).print(options).getContent());
        Files.createDirectories(SCREENSHOTS);
        var file = SCREENSHOTS.resolve(name + ".pdf");
        Files.write(file, pdf);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        int pages = (int) Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1)).results().count();
        if (tool("pdftoppm")) {
            run("pdftoppm", "-r", "60", "-png", file.toString(), SCREENSHOTS.resolve(name + "-page").toString());
        }
        if (tool("pdftotext")) {
            var text = SCREENSHOTS.resolve(name + ".txt");
            run("pdftotext", file.toString(), text.toString());
            var printed = Files.readString(text);
            assertThat(printed).contains(driver.findElement(By.id("report-title")).getText().split(" ")[0]);
            for (var navigation : mustNotPrint) {
                assertThat(printed).as("printed page").doesNotContain(navigation);
            }
        }
        return pages;
    }

    private static boolean tool(String name) {
        return Files.isExecutable(Path.of("/usr/bin", name));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private int sections() {
        return driver.findElements(By.cssSelector("section.report-section")).size();
    }

    @Test
    void theClaimReportDrawsItsTimelineAndRelayGraphAndPrints() throws Exception {
        var report = SystemTask.call(() -> reports.claim(seeds.trip()));
        open("reports/claims/" + seeds.trip(), 2);

        assertThat(driver.findElement(By.id("independence-figure")).getText()).isEqualTo("2 outlets, 1 independent origin");
        long dated = report.appearances().stream().filter(a -> a.published() != null).count();
        assertThat(count("timeline-chart", CIRCLE)).isEqualTo((int) dated);
        assertThat(count("relay-graph", CIRCLE)).isEqualTo(report.independence().nodes().size());
        var labels = driver.findElement(By.id("relay-graph")).findElements(By.cssSelector("svg text")).stream().map(WebElement::getText).toList();
        assertThat(labels).contains("The New York Times", "GZERO Media");
        assertThat(rows("timeline-table")).isEqualTo(report.appearances().size());
        assertThat(rows("appearances-table")).isEqualTo(report.appearances().size());
        assertThat(rows("relays-table")).isEqualTo(report.independence().edges().size() + report.independence().origins());
        assertThat(driver.findElement(By.id("timeline-chart")).getAttribute("aria-labelledby")).isEqualTo("timeline-chart-caption");
        look("reports-claim", "timeline-chart", "relay-graph");

        var csv = driver.findElement(By.id("appearances-csv"));
        js("arguments[0].scrollIntoView({block: 'center'})", csv);
        waitFor(10).until(d -> csv.isDisplayed());
        csv.click();
        var file = downloads.resolve("claim-" + seeds.trip() + "-appearances.csv");
        waitFor(60).pollingEvery(Duration.ofMillis(200)).until(d -> Files.exists(file) && !Files.exists(Path.of(file + ".crdownload")));
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            var rows = parser.getRecords();
            assertThat(rows).hasSize(report.appearances().size());
            assertThat(rows.get(1).get("Outlet")).isEqualTo("GZERO Media");
            assertThat(rows.get(1).get("Relay chain")).isEqualTo("GZERO Media \u2192 The New York Times");
            assertThat(rows.get(0).get("Source as written")).isEqualTo("American and allied officials");
        }

        assertThat(print("reports-claim", "Import annotations", "My account")).isGreaterThanOrEqualTo(sections());
    }

    @Test
    void theNscStatementReportShowsTheAnonymityAuditAndPrints() throws Exception {
        open("reports/claims/" + seeds.statement(), 2);

        assertThat(driver.findElement(By.cssSelector("[data-flag=ANONYMITY_CHANGED]")).getText()).contains("a US official");
        assertThat(driver.findElement(By.id("review-status")).getText()).isEqualTo("Review: not reviewed yet");
        assertThat(rows("audit-table")).isEqualTo(4);
        look("reports-claim-statement", "audit-table");
        assertThat(print("reports-claim-statement", "Import annotations")).isGreaterThanOrEqualTo(sections());
    }

    @Test
    void theArticleReportDrawsOneBarPerAttributionType() throws Exception {
        var report = SystemTask.call(() -> reports.article(seeds.nyt()));
        open("reports/articles/" + seeds.nyt(), 1);

        assertThat(count("mix-chart", DRAWN)).isEqualTo(report.mix().size());
        assertThat(rows("mix-table")).isEqualTo(report.mix().size() + 1);
        assertThat(rows("carried-table")).isEqualTo(report.carriedElsewhere().size());
        var colours = driver.findElement(By.id("mix-chart")).findElements(By.cssSelector(DRAWN)).stream()
                .map(e -> e.getAttribute("fill").toUpperCase()).toList();
        assertThat(colours).containsExactlyElementsOf(report.mix().stream().map(t -> t.colour().toUpperCase()).toList());
        look("reports-article", "mix-chart");
        assertThat(print("reports-article", "Import annotations")).isGreaterThanOrEqualTo(sections());
    }

    @Test
    void theOutletReportDrawsItsMixRelaysAndTrend() throws Exception {
        long outlet = outletOf(seeds.gzero());
        var report = SystemTask.call(() -> reports.outlet(outlet, FROM, TO));
        open("reports/outlets/" + outlet + "?from=" + FROM + "&to=" + TO, 3);

        assertThat(count("mix-chart", DRAWN)).isEqualTo(report.mix().size());
        assertThat(count("relaying-chart", DRAWN)).isEqualTo(nonZero(List.of(report)));
        long monthTypeBars = report.trend().stream().mapToLong(m -> m.mix().size()).sum();
        assertThat(count("trend-chart", DRAWN)).isEqualTo((int) monthTypeBars);
        assertThat(rows("trend-table")).isEqualTo(report.trend().size());
        look("reports-outlet", "mix-chart", "relaying-chart", "trend-chart");
        assertThat(print("reports-outlet", "Import annotations")).isGreaterThanOrEqualTo(sections());
    }

    @Test
    void twoOutletsAreComparedSideBySide() throws Exception {
        long times = outletOf(seeds.nyt());
        long gzero = outletOf(seeds.gzero());
        var comparison = SystemTask.call(() -> reports.compare(List.of(times, gzero), FROM, TO));
        open("reports/outlets/compare?ids=" + times + "," + gzero + "&from=" + FROM + "&to=" + TO, 3);

        int stacked = comparison.outlets().stream().mapToInt(o -> o.mix().size()).sum();
        assertThat(count("mix-chart", DRAWN)).isEqualTo(stacked);
        assertThat(count("relaying-chart", DRAWN)).isEqualTo(nonZero(comparison.outlets()));
        long points = comparison.outlets().stream().flatMap(o -> o.trend().stream()).filter(m -> m.claims() > 0).count();
        assertThat(count("trend-chart", CIRCLE)).isEqualTo((int) points);
        assertThat(rows("figures-table")).isEqualTo(8);
        look("reports-compare", "mix-chart", "relaying-chart", "trend-chart");
        assertThat(print("reports-compare", "Import annotations")).isGreaterThanOrEqualTo(sections());
    }

    @Test
    void theReportsAreaOpensAnOutletReport() {
        driver.get(url("reports"));
        waitFor(60).until(d -> !d.findElements(By.id("outlet-reports")).isEmpty());
        waitForVaadin();
        screenshot("reports-area");
        var links = new ArrayList<String>();
        driver.findElements(By.cssSelector("vaadin-side-nav-item")).forEach(e -> links.add(e.getText()));
        assertThat(links).contains("Reports");
    }

    private static int nonZero(List<OutletSourcingReport> outlets) {
        return (int) outlets.stream().flatMap(o -> java.util.stream.Stream.of(o.relaying().relays(), o.relaying().first(), o.relaying().follows()))
                .filter(v -> v > 0).count();
    }

    private long outletOf(long articleId) {
        return SystemTask.call(() -> articles.find(articleId).orElseThrow().getOutlet().getId());
    }
}
