package org.claimtrace.exchange.ui;

import org.apache.commons.csv.CSVFormat;
import org.claimtrace.BrowserTest;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimAnnotationService;
import org.claimtrace.claim.ClaimFixtures;
import org.claimtrace.claim.SuggestionService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

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
        long nyt = ClaimFixtures.seedId(articles, "000_f4194aa40a5762b1.txt");
        ClaimFixtures.acceptAllSuggestions(suggestions, nyt);
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
    }
}
