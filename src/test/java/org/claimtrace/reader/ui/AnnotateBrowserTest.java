package org.claimtrace.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrace.BrowserTest;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleFixtures;
import org.claimtrace.article.ArticleService;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What only a browser shows: a real mouse drag over the text becomes exactly the intended span, the
 * highlight covers exactly that text, and the keyboard works.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnotateBrowserTest extends BrowserTest {

    static final String STORY = "Officials said the talks would resume next week in Vladivostok. "
            + "A White House spokesman, John F. Kirby, said the talks were \u201cactively advancing.\u201d\n\n"
            + "Kim reportedly plans to travel to Russia by armored train, according to officials briefed on the plans.\n\n"
            + "The center, whose first rocket launch took place in 2016, is about 950 miles north of Vladivostok.";

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;

    private long articleId;
    private String text;

    @BeforeAll
    void article() {
        var id = new AtomicLong();
        var stored = new AtomicReference<String>();
        SystemTask.run(() -> {
            var article = articles.importArticle(ArticleFixtures.draft("Browser Test Post", "Talks to resume",
                    ArticleFixtures.uniqueText(STORY)));
            id.set(article.getId());
            stored.set(article.getText());
        });
        articleId = id.get();
        text = stored.get();
        login("admin", ADMIN_PASSWORD);
    }

    private List<ClaimAnnotation> stored() {
        var result = new AtomicReference<List<ClaimAnnotation>>();
        SystemTask.run(() -> result.set(annotations.forArticle(articleId)));
        return result.get();
    }

    private void openReader() {
        driver.get(url("articles/" + articleId));
        waitFor(60).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("claim-text p")));
        waitForVaadin();
        hideSuggestions();
    }

    private void hideSuggestions() {
        if (!driver.findElements(By.cssSelector("claim-text mark.suggestion")).isEmpty()) {
            driver.findElement(By.xpath("//vaadin-button[contains(., 'Suggest')]")).click();
            waitForVaadin();
        }
    }

    /** Viewport point of the left edge (or right edge) of the character at a text offset. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> point(int offset, boolean rightEdge) {
        return (Map<String, Number>) js("""
                const host = document.querySelector('claim-text'); const offset = arguments[0];
                for (const p of host.querySelectorAll('p')) {
                  const start = Number(p.dataset.start), len = p.textContent.length;
                  if (offset < start || offset >= start + len) continue;
                  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); let rest = offset - start, node;
                  while ((node = walker.nextNode())) {
                    if (rest < node.textContent.length) {
                      const r = document.createRange(); r.setStart(node, rest); r.setEnd(node, rest + 1);
                      p.scrollIntoView({block: 'center'});
                      const rect = r.getBoundingClientRect();
                      return {x: arguments[1] ? rect.right - 1 : rect.left + 1, y: rect.top + rect.height / 2};
                    }
                    rest -= node.textContent.length;
                  }
                }
                return null;""", offset, rightEdge);
    }

    /** Drags the mouse from the first character of the span to its last, as an editor does. */
    private void drag(int start, int end) {
        var from = point(start, false);
        var to = point(end - 1, true);
        new Actions(driver).moveToLocation(from.get("x").intValue(), from.get("y").intValue()).clickAndHold()
                .moveToLocation(to.get("x").intValue(), to.get("y").intValue()).release().perform();
        waitForVaadin();
    }

    private void createClaimFromSelection(String typeKey) {
        var action = waitFor(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".new-claim-action")));
        action.click();
        waitFor(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("annotation-editor")));
        driver.findElement(By.cssSelector("claim-text")).sendKeys(typeKey);
        waitForVaadin();
        save();
    }

    private void save() {
        driver.findElement(By.xpath("//*[@id='annotation-editor']//vaadin-button[normalize-space(.)='Save']")).click();
        waitForVaadin();
        waitFor(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id("annotation-editor")));
    }

    private String highlightedText(long annotationId) {
        return (String) js("""
                return Array.from(document.querySelectorAll('claim-text mark'))
                  .filter(m => m.dataset.ids.split(' ').includes(arguments[0]))
                  .map(m => m.textContent).join('');""", Long.toString(annotationId));
    }

    private ClaimAnnotation newest() {
        return stored().stream().max(Comparator.comparing(ClaimAnnotation::getId)).orElseThrow();
    }

    @Test
    @Order(1)
    void draggingOverASentenceInsideAParagraphStoresExactlyThatSpan() {
        openReader();
        var intended = "the talks would resume next week in Vladivostok";
        int start = text.indexOf(intended);
        drag(start, start + intended.length());
        createClaimFromSelection("7");
        var claim = newest();
        assertThat(claim.getStart()).isEqualTo(start);
        assertThat(claim.getEnd()).isEqualTo(start + intended.length());
        assertThat(claim.getQuote()).isEqualTo(intended);
        assertThat(claim.getAttribution().getTypeCode()).isEqualTo("ANONYMOUS_VAGUE");
        assertThat(highlightedText(claim.getId())).isEqualTo(intended);
        screenshot("annotate-inside-paragraph");
    }

    @Test
    @Order(2)
    void draggingAcrossTwoParagraphsKeepsTheParagraphBreakInTheSpan() {
        openReader();
        int start = text.indexOf("A White House spokesman");
        int end = text.indexOf(" by armored train");
        drag(start, end);
        createClaimFromSelection("1");
        var claim = newest();
        assertThat(claim.getQuote()).isEqualTo(text.substring(start, end)).contains("\n\n");
        assertThat(highlightedText(claim.getId())).isEqualTo(text.substring(start, end).replace("\n\n", ""));
        screenshot("annotate-across-paragraphs");
    }

    @Test
    @Order(3)
    void draggingOverAnExistingHighlightMakesAnOverlappingClaim() {
        openReader();
        int start = text.indexOf("Officials said");
        int end = text.indexOf(" in Vladivostok");
        drag(start, end);
        createClaimFromSelection("6");
        var claim = newest();
        assertThat(claim.getQuote()).isEqualTo("Officials said the talks would resume next week");
        assertThat(highlightedText(claim.getId())).isEqualTo(claim.getQuote());
        var both = driver.findElements(By.cssSelector("claim-text mark")).stream()
                .filter(m -> m.getAttribute("data-ids").split(" ").length >= 2).map(WebElement::getText).toList();
        assertThat(String.join("", both)).contains("the talks would resume next week");
        screenshot("annotate-overlapping");
    }

    @Test
    @Order(4)
    void theKeyboardSelectsASentenceCreatesAClaimAndMovesBetweenClaims() {
        openReader();
        int caretAt = text.indexOf("rocket launch");
        var p = point(caretAt, false);
        new Actions(driver).moveToLocation(p.get("x").intValue(), p.get("y").intValue()).click().perform();
        var textElement = driver.findElement(By.cssSelector("claim-text"));
        textElement.sendKeys("s");
        waitForVaadin();
        textElement.sendKeys("n");
        waitFor(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("annotation-editor")));
        textElement.sendKeys("9");
        waitForVaadin();
        save();
        var claim = newest();
        assertThat(claim.getQuote()).isEqualTo("The center, whose first rocket launch took place in 2016, is about 950 miles north of Vladivostok.");
        assertThat(claim.getAttribution().getTypeCode()).isEqualTo("OWN_REPORTING");
        textElement.sendKeys("k");
        waitForVaadin();
        var selectedMark = waitFor(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("claim-text mark.selected")));
        assertThat(selectedMark.getAttribute("data-ids")).isNotBlank();
        textElement.sendKeys(Keys.ESCAPE);
        waitForVaadin();
        textElement.sendKeys("?");
        waitFor(10).until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'select the sentence at the caret')]")));
        screenshot("annotate-keyboard-help");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitFor(10).until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//*[contains(text(), 'select the sentence at the caret')]")));
        // ? works anywhere on the page, not only in the text: here with the focus on the page's body
        js("document.activeElement && document.activeElement.blur()");
        new Actions(driver).sendKeys("?").perform();
        waitFor(10).until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'select the sentence at the caret')]")));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        waitFor(10).until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//*[contains(text(), 'select the sentence at the caret')]")));
    }

    @Test
    @Order(5)
    void shiftArrowsExtendASelectionFromTheCaretAndNMakesItAClaim() {
        openReader();
        int start = text.indexOf("Test marker");
        var p = point(start, false);
        new Actions(driver).moveToLocation(p.get("x").intValue(), p.get("y").intValue()).click().perform();
        var keys = new Actions(driver).keyDown(Keys.SHIFT);
        for (int i = 0; i < "Test marker".length(); i++) {
            keys = keys.sendKeys(Keys.ARROW_RIGHT);
        }
        keys.keyUp(Keys.SHIFT).perform();
        // the state, not a pause: the browser holds the whole selection and the server has answered every report
        waitFor(30).until(d -> "Test marker".equals(js("return window.getSelection().toString()")));
        waitForVaadin();
        new Actions(driver).sendKeys("n").perform();
        waitFor(30).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#annotation-editor .editor-quote"), "Test marker"));
        new Actions(driver).sendKeys("u").perform();
        waitForVaadin();
        save();
        var claim = newest();
        assertThat(claim.getStart()).isEqualTo(start);
        assertThat(claim.getQuote()).isEqualTo("Test marker");
        assertThat(claim.getAttribution().getTypeCode()).isEqualTo("UNATTRIBUTED");
        assertThat(highlightedText(claim.getId())).isEqualTo("Test marker");
    }

    @Test
    @Order(6)
    void theSeedArticleWithItsSuggestionsRendersAndScrollsSmoothly() {
        driver.get(url("articles"));
        waitFor(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("articles"), "The New York Times"));
        driver.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'Kim Jong-un Plans')]")).click();
        waitFor(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("claim-text mark.suggestion")));
        waitForVaadin();
        assertThat(driver.findElements(By.cssSelector("claim-text mark.suggestion"))).hasSizeGreaterThan(10);
        screenshot("reader-nyt-suggestions");
    }
}
