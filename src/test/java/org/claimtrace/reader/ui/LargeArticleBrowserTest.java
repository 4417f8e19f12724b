package org.claimtrace.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrace.BrowserTest;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.annotation.DuplicateAnnotationException;
import org.claimtrace.article.ArticleFixtures;
import org.claimtrace.article.ArticleService;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A 10,000-word article with 1,000 overlapping claims in Chromium: it renders completely and scrolls.
 * Prints the browser's own timings (load to highlights shown, frame times while scrolling); asserts only
 * what the user must see, never a time.
 */
class LargeArticleBrowserTest extends BrowserTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;

    private static String article() {
        var words = ("officials said the talks would resume next week in Vladivostok according to allied intelligence "
                + "reports Kim plans travel Russia meet Putin arms deal artillery shells satellites submarines").split(" ");
        var random = new Random(42);
        var text = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            text.append(words[random.nextInt(words.length)]).append(i % 120 == 0 ? ".\n\n" : i % 15 == 0 ? ". " : " ");
        }
        return ArticleFixtures.uniqueText(text.toString().strip());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLongArticleWithAThousandOverlappingClaimsRendersAndScrolls() {
        var id = new AtomicLong();
        SystemTask.run(() -> {
            var article = articles.importArticle(ArticleFixtures.draft("Long Read Post", "A very long read", article()));
            id.set(article.getId());
            var random = new Random(7);
            var text = article.getText();
            for (int made = 0; made < 1_000; ) {
                int start = random.nextInt(text.length() - 400);
                try {
                    annotations.create(article.getId(), start, start + 20 + random.nextInt(300), new Attribution("ANONYMOUS_VAGUE"));
                    made++;
                } catch (DuplicateAnnotationException sameSpanAgain) {
                    // spans snap to whole words, so two random picks can be one span: the service refuses the second
                }
            }
        });
        login("admin", ADMIN_PASSWORD);
        driver.get(url("articles"));
        waitFor(30).until(ExpectedConditions.presenceOfElementLocated(By.id("articles")));
        js("window.__navStart = performance.now();");
        driver.get(url("articles/" + id.get()));
        long started = System.nanoTime();
        waitFor(60).until(d -> ((Number) js("return document.querySelectorAll('claim-text mark').length")).intValue() > 1000);
        long shownMs = (System.nanoTime() - started) / 1_000_000;
        waitForVaadin();
        var marks = ((Number) js("return document.querySelectorAll('claim-text mark').length")).intValue();
        var frames = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const scroller = document.querySelector('.reader');
                const deltas = []; let last = performance.now(); let step = 0;
                function frame(now) {
                  deltas.push(now - last); last = now;
                  scroller.scrollTop += scroller.clientHeight / 3;
                  if (++step < 120 && scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight) {
                    requestAnimationFrame(frame);
                  } else {
                    deltas.sort((a, b) => a - b);
                    done({frames: deltas.length, medianMs: deltas[Math.floor(deltas.length / 2)],
                          p95Ms: deltas[Math.floor(deltas.length * 0.95)], maxMs: deltas[deltas.length - 1],
                          reachedEnd: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2});
                  }
                }
                requestAnimationFrame(frame);""");
        var paint = (List<Object>) js("return performance.getEntriesByType('navigation').map(e => Math.round(e.domContentLoadedEventEnd))");
        System.out.printf("reader-browser: words=10000 annotations=1000 marks=%d shownMs=%d domContentLoadedMs=%s "
                        + "scrollFrames=%s frameMedianMs=%.1f frameP95Ms=%.1f frameMaxMs=%.1f%n", marks, shownMs, paint,
                frames.get("frames"), ((Number) frames.get("medianMs")).doubleValue(), ((Number) frames.get("p95Ms")).doubleValue(),
                ((Number) frames.get("maxMs")).doubleValue());
        screenshot("reader-long-article");
        assertThat(marks).isGreaterThan(1000);
        assertThat(frames.get("reachedEnd")).isEqualTo(true);
    }
}
