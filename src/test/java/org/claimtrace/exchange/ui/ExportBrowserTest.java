package org.claimtrace.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.csv.CSVFormat;
import org.claimtrace.BrowserTest;
import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.annotation.SuggestionService;
import org.claimtrace.article.ArticleService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The Export view's download, saved by Chromium and read back with another CSV library. */
class ExportBrowserTest extends BrowserTest {

    @Autowired
    ArticleService articles;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    ClaimAnnotationService annotations;

    @Test
    void theDownloadedCsvHoldsEveryAnnotationWithItsAttribution() throws Exception {
        long nyt = AnnotationFixtures.seedId(articles, "000_f4194aa40a5762b1.txt");
        AnnotationFixtures.acceptAllSuggestions(suggestions, nyt);
        login("admin", ADMIN_PASSWORD);
        driver.get(url("export"));
        var summary = waitFor(60).until(ExpectedConditions.presenceOfElementLocated(By.id("export-summary")));
        waitForVaadin();
        assertThat(summary.getText()).matches("Will export [0-9,]+ annotations as annotations.csv.");
        long expected = Long.parseLong(summary.getText().replaceAll("[^0-9]", ""));
        screenshot("export-form");

        driver.findElement(By.cssSelector("#export-download vaadin-button")).click();

        Path file = downloads.resolve("annotations.csv");
        waitFor(60).pollingEvery(Duration.ofMillis(200)).until(d -> Files.exists(file) && !Files.exists(downloads.resolve("annotations.csv.crdownload")));
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            var rows = parser.getRecords();
            assertThat(rows).hasSize((int) expected);
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("source_as_written")).isEqualTo("American and allied officials");
                assertThat(row.get("outlet")).isEqualTo("The New York Times");
                assertThat(row.get("attribution_type")).isNotBlank();
            });
        }
        waitFor(30).until(d -> d.findElement(By.id("export-progress")).getText().startsWith("Exported "));
        screenshot("export-done");

        reimport(file, expected);
    }

    /** The downloaded file back through the Import annotations view: a spoiled copy is refused row by row, the file itself adds nothing. */
    private void reimport(Path downloaded, long rows) throws Exception {
        var spoiled = downloads.resolve("annotations-spoiled.csv");
        String csv = Files.readString(downloaded, StandardCharsets.UTF_8);
        String types = java.util.Arrays.stream(org.claimtrace.attribution.AttributionType.values()).map(Enum::name)
                .collect(java.util.stream.Collectors.joining("|"));
        // the first data row's attribution type: the first type code after the header's line break
        Files.writeString(spoiled, csv.replaceFirst("(\r\n[^\r]*?),(" + types + "),", "$1,NO_SUCH_TYPE,"), StandardCharsets.UTF_8);
        assertThat(Files.readString(spoiled)).contains(",NO_SUCH_TYPE,");

        driver.get(url("import-annotations"));
        upload(spoiled);
        var outcome = waitFor(60).until(d -> {
            var text = d.findElement(By.id("import-outcome")).getText();
            return text.startsWith("annotations-spoiled.csv") ? text : null;
        });
        assertThat(outcome).startsWith("annotations-spoiled.csv: Nothing was imported: 1 problem");
        String grid = waitFor(30).until(d -> {
            var cells = String.valueOf(js("return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')"));
            return cells.contains("NO_SUCH_TYPE") ? cells : null;
        });
        assertThat(grid).startsWith("2|attribution_type|Unknown attribution type “NO_SUCH_TYPE”");
        screenshot("import-refused");

        upload(downloaded);
        var again = waitFor(60).until(d -> {
            var text = d.findElement(By.id("import-outcome")).getText();
            return text.startsWith("annotations.csv") ? text : null;
        });
        assertThat(again).isEqualTo("annotations.csv: 0 annotations imported, " + rows + " already here and left as they were.");
        screenshot("import-again");
    }

    private void upload(Path file) {
        var input = waitFor(60).until(d -> (org.openqa.selenium.WebElement) js(
                "const u = document.querySelector('#annotation-upload'); if (!u) return null; "
                        + "return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));"));
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
