package org.claimtrace.base;

import org.claimtrace.BrowserTest;
import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** Every area opens in a real browser with its content and no client-side error; a screenshot of each. */
class ViewsBrowserTest extends BrowserTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ClaimService claims;

    /** Data on every view: two outlets carrying one claim, linked, and one annotation in no claim. */
    @BeforeAll
    void logIn() {
        var word = "Veldmark" + UUID.randomUUID().toString().substring(0, 6);
        var a = AnnotationFixtures.carried(articles, annotations, "Views Daily", "Dam in " + word,
                "The dam at " + word + " will be finished in May, the ministry said.", 6, "NAMED_INSTITUTION");
        var b = AnnotationFixtures.carried(articles, annotations, "Views Wire", "Dam opening in " + word,
                "The dam at " + word + " is to be finished in May, officials said.", 7, "ANONYMOUS_VAGUE");
        AnnotationFixtures.carried(articles, annotations, "Views Wire", "Roads in " + word,
                "Roads near " + word + " were closed, according to a document seen by the paper.", 8, "DOCUMENT");
        claimId = SystemTask.call(() -> claims.linkPair(a.getId(), b.getId())).claimId();
        articleId = a.getArticleId();
        outletIds = SystemTask.call(() -> articles.find(a.getArticleId()).orElseThrow().getOutlet().getId() + ","
                + articles.find(b.getArticleId()).orElseThrow().getOutlet().getId());
        login("admin", ADMIN_PASSWORD);
    }

    private long claimId;
    private long articleId;
    private String outletIds;

    private void open(String route, String expected) {
        driver.get(url(route));
        waitFor(60).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
        waitForVaadin();
        waitFor(30).until(d -> d.findElement(By.tagName("body")).getText().contains(expected)
                || Boolean.TRUE.equals(js("return document.body.innerHTML.includes(arguments[0])", expected)));
    }

    @Test
    void theReaderAndAClaimPagePassAxeInLightAndDark() {
        for (var scheme : List.of("light", "dark")) {
            preferColourScheme(scheme);
            open("articles/" + articleId, "Views Daily");
            assertAccessible("the reader (" + scheme + ")");
            screenshot("view-reader-" + scheme);
            open("claims/" + claimId, "Appearances");
            assertAccessible("a claim page (" + scheme + ")");
            screenshot("view-claim-" + scheme);
            open("reports/claims/" + claimId, "independent origin");
            waitFor(30).until(d -> !d.findElements(By.cssSelector("report-chart svg")).isEmpty());
            assertAccessible("a claim's sourcing report (" + scheme + ")");
            screenshot("view-claim-report-" + scheme);
            open("reports/articles/" + articleId, "Transparency");
            assertAccessible("an article's sourcing report (" + scheme + ")");
            open("reports/outlets/compare?ids=" + outletIds + "&from=2023-01-01&to=2023-12-31", "Figures side by side");
            assertAccessible("outlets compared (" + scheme + ")");
        }
        preferColourScheme("light");
    }

    @Test
    void theFaviconIsServed() {
        driver.get(url("favicon.ico"));
        assertThat(js("return document.contentType")).asString().contains("image");
    }

    @ParameterizedTest
    @CsvSource({
            "import, Article text",
            "outlets, GZERO Media",
            "tagset, Anonymous, described",
            "users, admin",
            "claims, First appearance",
            "triage, strongest suggestions",
            "export, Will export",
            "import-annotations, Import annotations",
            "account, Create token",
            "articles, Views Daily",
            "annotations, Views Wire",
            "help, Anonymous, described",
            "review, Mentions",
            "history, Kind of record",
            "reports, Claim sourcing report",
    })
    void theViewOpensWithItsContentAndPassesAxe(String route, String expected) {
        open(route, expected);
        assertThat(driver.findElements(By.cssSelector("vaadin-app-layout"))).hasSize(1);
        assertAccessible(route);
        screenshot("view-" + route);
    }
}
