package org.claimtrace.review.ui;

import org.claimtrace.BrowserTest;
import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.review.NewSession;
import org.claimtrace.review.ReviewFixtures;
import org.claimtrace.review.ReviewService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.claimtrace.security.UserAccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrace.review.ReviewFixtures.as;

/**
 * Two people in two independent browsers (two logins, two HTTP sessions): what one saves in a review session and in
 * the reader appears in the other's page without a reload, pushed by the server.
 */
class LiveReviewBrowserTest extends BrowserTest {

    @Autowired ReviewService reviews;
    @Autowired ClaimService claims;
    @Autowired ArticleService articles;
    @Autowired ClaimAnnotationService annotations;
    @Autowired UserAccountService accounts;

    private WebDriver other;

    @AfterAll
    void stopOther() {
        if (other != null) {
            other.quit();
        }
    }

    private static WebDriver secondBrowser() throws IOException {
        var options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + Files.createTempDirectory("chromium-profile-2"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static WebDriverWait waitIn(WebDriver browser, int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void loginIn(WebDriver browser, String user) {
        browser.get(url("login"));
        var username = waitIn(browser, 90).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        username.sendKeys(user);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(ReviewFixtures.PASSWORD, Keys.ENTER);
        waitIn(browser, 30).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private static void idle(WebDriver browser) {
        waitIn(browser, 30).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive())")));
    }

    private static String textOf(WebDriver browser, String id) {
        var found = browser.findElements(By.id(id));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    private static void shot(WebDriver browser, String name) throws IOException {
        var dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        var file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void noConsoleErrors(WebDriver browser) {
        var severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(Object::toString)
                // the app has no favicon; the browser asks for one on its own
                .filter(message -> !message.contains("/favicon.ico")).toList();
        assertThat(severe).as("console errors").isEmpty();
    }

    @Test
    void aVerdictACommentAndAReaderAnnotationOfOneAppearForTheOtherWithoutReload() throws IOException {
        var ann = ReviewFixtures.user(accounts, "ann", Role.REVIEWER);
        var bob = ReviewFixtures.user(accounts, "bob", Role.REVIEWER);
        SystemTask.run(() -> accounts.create(ann + "-ed", ReviewFixtures.PASSWORD, Set.of(Role.EDITOR)));
        SystemTask.run(() -> accounts.create(bob + "-ed", ReviewFixtures.PASSWORD, Set.of(Role.EDITOR)));
        Claim claim = ReviewFixtures.claim(articles, annotations, claims, "The reservoir is at a record low");
        var session = as(ann, () -> reviews.create(new NewSession("Live check", "Two browsers", false, Set.of(bob),
                List.of(claim.getId()))), Role.REVIEWER);
        other = secondBrowser();

        loginIn(driver, ann);
        loginIn(other, bob);
        var page = "review/" + session.getId() + "?claim=" + claim.getId();
        driver.get(url(page));
        other.get(url(page));
        waitIn(driver, 60).until(d -> textOf(d, "review-item").contains("The reservoir is at a record low"));
        waitIn(other, 60).until(d -> textOf(d, "review-item").contains("The reservoir is at a record low"));
        // presence: each sees the other looking at the same claim
        waitIn(driver, 30).until(d -> textOf(d, "presence").contains(bob));
        waitIn(other, 30).until(d -> textOf(d, "presence").contains(ann));
        assertAccessible("a review session's page");

        // Ann gives a verdict; Bob's page shows it without reloading
        driver.findElement(By.cssSelector("#item-verdict vaadin-select")).click();
        waitFor(10).until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='Misleading (2/5)']"))).click();
        driver.findElement(By.cssSelector("#item-verdict vaadin-text-area textarea")).sendKeys("Record low for May, not all time.");
        driver.findElement(By.xpath("//*[@id='item-verdict']//vaadin-button[normalize-space(.)='Save verdict']")).click();
        idle(driver);
        waitIn(other, 15).until(d -> textOf(d, "outcome").contains("Misleading (2/5)"));
        assertThat(textOf(other, "outcome")).contains("Record low for May, not all time.").contains(ann);

        // Bob comments with a mention; Ann's page shows it without reloading
        other.findElement(By.cssSelector("#comment-text textarea")).sendKeys("@" + ann + " the agency data agrees <b>bold</b>");
        other.findElement(By.xpath("//vaadin-button[normalize-space(.)='Post comment']")).click();
        idle(other);
        waitIn(driver, 15).until(d -> textOf(d, "comments").contains("the agency data agrees"));
        assertThat(textOf(driver, "comments")).contains("<b>bold</b>");
        shot(driver, "review-live-ann");
        shot(other, "review-live-bob");

        // the reader: Bob has the article open; an annotation Ann adds appears in Bob's text
        long articleId = SystemTask.call(() -> claims.appearances(claim.getId()).getFirst().articleId());
        loginIn(driver, ann + "-ed");
        loginIn(other, bob + "-ed");
        driver.get(url("articles/" + articleId));
        other.get(url("articles/" + articleId));
        waitIn(driver, 60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("claim-text p")));
        waitIn(other, 60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("claim-text p")));
        idle(other);
        int before = other.findElements(By.cssSelector("claim-text mark")).size();
        ((ChromeDriver) driver).executeScript("const t = document.querySelector('claim-text'); t.select(0, 13); t.reportSelection();");
        idle(driver);
        waitFor(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".new-claim-action"))).click();
        waitFor(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("annotation-editor")));
        driver.findElement(By.cssSelector("claim-text")).sendKeys("2");
        idle(driver);
        driver.findElement(By.xpath("//*[@id='annotation-editor']//vaadin-button[normalize-space(.)='Save']")).click();
        idle(driver);
        waitIn(other, 15).until(d -> d.findElements(By.cssSelector("claim-text mark")).size() > before);
        shot(other, "reader-live-bob");
        noConsoleErrors(driver);
        noConsoleErrors(other);
    }
}
