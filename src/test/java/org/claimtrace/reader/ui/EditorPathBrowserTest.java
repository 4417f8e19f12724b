package org.claimtrace.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrace.BrowserTest;
import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.OutletKind;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The editor's whole path in Chromium, as a new user takes it: select a sentence, tag it, save, link it to
 * the other outlet's version, export. At every step the action the editor needs next is inside the window
 * (measured, not assumed), the page passes axe-core, and the console stays free of errors (checked after
 * every test by {@link BrowserTest}).
 */
class EditorPathBrowserTest extends BrowserTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;

    private String marker;
    private long ours;
    private ClaimAnnotation theirs;

    @BeforeAll
    void twoOutletsCarryTheStory() {
        marker = "Quillhaven" + UUID.randomUUID().toString().substring(0, 6);
        theirs = AnnotationFixtures.carried(articles, annotations, "Path Times", "Minister to visit " + marker,
                "The minister will visit " + marker + " next week to open the new harbour, officials said.", 4, "ANONYMOUS_VAGUE");
        var filler = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            filler.append("Paragraph ").append(i).append(" of background that an editor scrolls past before reaching the news.\n\n");
        }
        ours = SystemTask.call(() -> articles.importArticle(new ArticleDraft("Path Daily", OutletKind.NEWSPAPER,
                "Harbour opening in " + marker, null, ZonedDateTime.of(2023, 9, 5, 9, 0, 0, 0, ZoneId.of("UTC")), null, "en",
                filler + "The minister plans to visit " + marker + " next week to open the harbour, according to two officials "
                        + "briefed on the plans.\n\nMore text follows here.")).getId());
        login("admin", ADMIN_PASSWORD);
    }

    private WebElement primary() {
        return driver.findElement(By.id("editor-primary"));
    }

    @SuppressWarnings("unchecked")
    private void dragOver(String words) {
        var box = (Map<String, Number>) js("""
                const host = document.querySelector('claim-text'); const words = arguments[0];
                function point(p, offset) {
                  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); let rest = offset, node;
                  while ((node = walker.nextNode())) {
                    if (rest < node.textContent.length) {
                      const r = document.createRange(); r.setStart(node, rest); r.setEnd(node, rest + 1);
                      return r.getBoundingClientRect();
                    }
                    rest -= node.textContent.length;
                  }
                  return null;
                }
                for (const p of host.querySelectorAll('p')) {
                  const at = p.textContent.indexOf(words); if (at < 0) continue;
                  p.scrollIntoView({block: 'center'});
                  const ra = point(p, at), rb = point(p, at + words.length - 1);
                  return {x1: ra.left + 1, y1: ra.top + ra.height / 2, x2: rb.right - 1, y2: rb.top + rb.height / 2};
                }
                return null;""", words);
        new Actions(driver).moveToLocation(box.get("x1").intValue(), box.get("y1").intValue()).clickAndHold()
                .moveToLocation(box.get("x2").intValue(), box.get("y2").intValue()).release().perform();
        waitFor(30).until(d -> words.equals(js("return window.getSelection().toString()")));
        waitForVaadin();
    }

    @Test
    void selectTagSaveLinkAndExportWithTheNextActionAlwaysInView() throws Exception {
        driver.get(url("articles/" + ours));
        waitFor(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("claim-text p")));
        waitForVaadin();
        assertAccessible("the reader");

        // the Suggestions tab open (as when the console error of issue 16 appeared on the next tab switch), its
        // list scrolled to its end: the form must still open in view
        driver.findElement(By.xpath("//*[@id='reader-lists']//button[@role='tab'][starts-with(normalize-space(.), 'Suggestions')]")).click();
        waitForVaadin();
        js("const c = document.querySelector('#reader-lists .tab-page'); if (c) c.scrollTop = 1e6;");
        var sentence = "The minister plans to visit " + marker + " next week to open the harbour";
        dragOver(sentence);
        var action = waitFor(30).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".new-claim-action")));
        assertInViewport(action, "New annotation beside the selection");
        action.click();
        waitFor(30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#annotation-editor .editor-quote"), marker));
        assertInViewport(driver.findElement(By.cssSelector("#annotation-editor .editor-quote")), "the quote of the new annotation");
        assertInViewport(primary(), "Save of a new annotation");
        screenshot("after-reader-new-annotation");
        assertAccessible("the reader with a new annotation's form");

        // tag it with its key; an anonymous type fills on-record status and opens the finer fields
        driver.findElement(By.cssSelector("claim-text")).sendKeys("6");
        waitFor(30).until(ExpectedConditions.attributeToBe(By.cssSelector("#annotation-editor vaadin-details"), "opened", "true"));
        waitForVaadin();
        assertThat(driver.findElement(By.cssSelector("#annotation-editor")).getText()).contains("Anonymous");
        assertInViewport(primary(), "Save with \u201cMore about the source\u201d open");
        screenshot("after-reader-more-about-the-source");
        primary().click();
        waitFor(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("annotation-editor")));
        waitFor(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("undo-bar"), "Annotation saved."));
        var saved = SystemTask.call(() -> annotations.forArticle(ours)).stream()
                .filter(a -> a.getQuote().equals(sentence)).findFirst().orElseThrow();
        assertThat(saved.getAttribution().getTypeCode()).isEqualTo("ANONYMOUS_DESCRIBED");
        assertThat(saved.getAttribution().getOnRecord()).hasToString("ANONYMOUS");
        driver.findElement(By.xpath("//*[@id='reader-lists']//button[@role='tab'][starts-with(normalize-space(.), 'Annotations')]")).click();
        waitFor(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-list"), marker));
        assertThat(consoleErrors()).as("console after saving with Suggestions open and switching tabs").isEmpty();

        // open it again and link it to the other outlet's version from the Matches tab
        driver.findElements(By.cssSelector("claim-text mark")).stream()
                .filter(m -> m.getText().contains(marker)).findFirst().orElseThrow().click();
        waitFor(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("annotation-editor")));
        var matchesTab = driver.findElement(By.xpath("//*[@id='annotation-editor']//button[@role='tab'][starts-with(normalize-space(.), 'Matches')]"));
        assertInViewport(matchesTab, "the Matches tab");
        matchesTab.click();
        waitFor(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("matches"), "Path Times"));
        var row = driver.findElements(By.cssSelector("#matches .match-row")).stream()
                .filter(r -> r.getText().contains("The minister will visit " + marker)).findFirst().orElseThrow();
        assertThat(row.findElement(By.cssSelector(".match-band")).getText()).isIn("strong", "possible");
        assertThat(row.findElement(By.cssSelector(".match-band")).getAttribute("title")).startsWith("Matcher score ");
        var shared = row.findElements(By.cssSelector(".matched-term")).stream().map(WebElement::getText).toList();
        assertThat(shared).contains(marker).allSatisfy(word -> assertThat(theirs.getQuote() + " " + sentence).contains(word));
        var link = row.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Link']"));
        js("arguments[0].scrollIntoView({block: 'nearest'})", link);
        assertInViewport(link, "Link");
        assertInViewport(primary(), "Save while Matches are shown");
        screenshot("after-reader-matches");
        assertAccessible("the reader's Matches tab");
        link.click();
        var keep = waitFor(30).until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='Save statement']")));
        assertInViewport(keep, "Save statement of the new claim");
        assertAccessible("naming a new claim");
        keep.click();
        waitFor(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("undo-bar"), "New claim linking Path Times"));
        assertInViewport(driver.findElement(By.cssSelector("#undo-bar vaadin-button")), "Undo of the link");
        var claimId = SystemTask.call(() -> annotations.find(saved.getId()).orElseThrow().getClaimId());
        assertThat(claimId).isNotNull().isEqualTo(SystemTask.call(() -> annotations.find(theirs.getId()).orElseThrow().getClaimId()));

        // export: the annotation with its claim is in the file
        driver.get(url("export"));
        var summary = waitFor(60).until(ExpectedConditions.presenceOfElementLocated(By.id("export-summary")));
        waitForVaadin();
        var download = driver.findElement(By.cssSelector("#export-download vaadin-button"));
        assertInViewport(download, "Download on Export");
        assertAccessible("Export");
        download.click();
        var file = downloads.resolve("annotations.csv");
        waitFor(60).pollingEvery(Duration.ofMillis(200)).until(d -> Files.exists(file)
                && !Files.exists(downloads.resolve("annotations.csv.crdownload")));
        var csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).contains(sentence).contains(Long.toString(claimId));
        assertThat(summary.getText()).startsWith("Will export");
    }
}
