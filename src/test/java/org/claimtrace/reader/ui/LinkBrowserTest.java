package org.claimtrace.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrace.BrowserTest;
import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.annotation.SuggestionService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The path in Chromium: a GZERO claim, its New York Times match, one click to link, both articles show it. */
class LinkBrowserTest extends BrowserTest {

    @Autowired
    ArticleService articles;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    ClaimAnnotationService annotations;

    private long nyt;
    private long gzero;

    @BeforeAll
    void theTimesIsAnnotated() {
        nyt = AnnotationFixtures.seedId(articles, "000_f4194aa40a5762b1.txt");
        gzero = AnnotationFixtures.seedId(articles, "004_67ecabca6ce82094.txt");
        AnnotationFixtures.acceptAllSuggestions(suggestions, nyt);
        login("admin", ADMIN_PASSWORD);
    }

    private void openReader(long articleId) {
        driver.get(url("articles/" + articleId));
        waitFor(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("claim-text p")));
        waitForVaadin();
    }

    private WebElement markContaining(String text) {
        return driver.findElements(By.cssSelector("claim-text mark")).stream()
                .filter(m -> m.getText().contains(text)).findFirst().orElseThrow();
    }

    private ClaimAnnotation gzeroTrip() {
        return SystemTask.call(() -> annotations.forArticle(gzero)).stream()
                .filter(a -> a.getQuote().contains("reportedly plans to travel to Russia")).findFirst().orElseThrow();
    }

    @Test
    void aGzeroClaimIsLinkedToItsTimesMatchAndBothArticlesShowTheLink() {
        openReader(gzero);
        markContaining("reportedly plans to travel to Russia").click();
        waitForVaadin();
        driver.findElement(By.xpath("//*[@id='annotation-editor']//vaadin-button[normalize-space(.)='Accept']")).click();
        waitForVaadin();
        markContaining("reportedly plans to travel to Russia").click();
        waitForVaadin();
        driver.findElement(By.xpath("//*[@id='annotation-editor']//button[@role='tab'][starts-with(normalize-space(.), 'Matches')]")).click();
        waitFor(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("matches"), "The New York Times"));
        var row = driver.findElements(By.cssSelector("#matches .match-row")).stream()
                .filter(r -> r.getText().contains("plans to travel to Russia this month to meet with President Vladimir V. Putin"))
                .findFirst().orElseThrow();
        assertThat(row.findElements(By.cssSelector(".matched-term"))).isNotEmpty();
        screenshot("link-matches");
        row.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Link']")).click();
        waitForVaadin();
        waitFor(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("matches"), "Linked to this claim"));

        var claimId = gzeroTrip().getClaimId();
        assertThat(claimId).isNotNull();
        var nytLinked = SystemTask.call(() -> annotations.forArticle(nyt)).stream()
                .filter(a -> claimId.equals(a.getClaimId())).toList();
        assertThat(nytLinked).singleElement().extracting(ClaimAnnotation::getQuote).asString()
                .contains("plans to travel to Russia this month");
        // the new claim's short statement is put to the editor; keep it
        driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Keep as it is']")).click();
        waitForVaadin();
        driver.findElement(By.xpath("//*[@id='annotation-editor']//vaadin-button[normalize-space(.)='Cancel']")).click();
        waitFor(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-list"), "in a claim"));
        screenshot("link-gzero");

        openReader(nyt);
        waitFor(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-list"), "in a claim"));
        screenshot("link-nyt");
        // a row of the list opens its annotation (the rows are drawn in the browser from the renderer's values)
        driver.findElement(By.xpath("//*[@id='claim-list']//div[contains(@class,'claim-item')][.//span[normalize-space(.)='in a claim']]")).click();
        waitFor(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[@id='annotation-editor']//vaadin-button[normalize-space(.)='Cancel']")));
        driver.get(url("claims/" + claimId));
        waitFor(30).until(ExpectedConditions.presenceOfElementLocated(By.id("appearances")));
        waitForVaadin();
        assertThat(driver.findElement(By.id("appearances")).getText()).contains("GZERO Media").contains("The New York Times");
        assertThat(driver.findElement(By.id("first-appearance")).getText()).contains("The New York Times");
        screenshot("claim-page");
    }
}
