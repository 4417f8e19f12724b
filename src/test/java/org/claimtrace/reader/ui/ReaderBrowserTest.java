package org.claimtrace.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrace.BrowserTest;
import org.claimtrace.article.ArticleFixtures;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.TextNormalizer;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

class ReaderBrowserTest extends BrowserTest {

    @Autowired
    ArticleService articles;

    private long nytId;

    @BeforeAll
    void findSeed() throws Exception {
        var text = TextNormalizer.normalize(Files.readString(Path.of("seeds/000_f4194aa40a5762b1.txt"), StandardCharsets.UTF_8));
        var id = new AtomicLong();
        SystemTask.run(() -> id.set(articles.findByText(text).orElseThrow().getId()));
        nytId = id.get();
        login("admin", ADMIN_PASSWORD);
    }

    @Test
    void theArticlesListShowsTheSeeds() {
        driver.get(url("articles"));
        waitFor(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("articles"), "Kim Jong Un to meet Vladimir Putin"));
        waitForVaadin();
        var grid = driver.findElement(By.id("articles")).getText();
        assertThat(grid).contains("GZERO Media").contains("The New York Times");
        screenshot("articles");
    }

    @Test
    void theSeedArticleIsShownAsReadableParagraphs() {
        driver.get(url("articles/" + nytId));
        var text = waitFor(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
        waitForVaadin();
        assertThat(text.getText()).contains("according to American and allied officials")
                .contains("\u201cWe urge the D.P.R.K. to cease its arms negotiations with Russia");
        assertThat(text.findElements(By.tagName("p"))).hasSizeGreaterThan(15);
        assertThat(driver.findElement(By.className("reader-headline")).getText()).startsWith("Kim Jong-un Plans to Meet Putin");
        screenshot("reader-nyt");
    }

    @Test
    void scriptsAndEventHandlersInAnArticleRunNothing() {
        var hostile = ArticleFixtures.uniqueText("Before <script>window.__pwned = 1</script> middle "
                + "<img src=x onerror=\"window.__pwned = 2\"> and <b onmouseover=\"window.__pwned=3\">bold</b> after.");
        var id = new AtomicLong();
        SystemTask.run(() -> id.set(articles.importArticle(ArticleFixtures.draft("Hostile Post", "Markup test", hostile)).getId()));
        driver.get(url("articles/" + id.get()));
        var text = waitFor(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
        waitForVaadin();
        assertThat(text.getText()).contains("<script>window.__pwned = 1</script>").contains("<img src=x onerror=");
        assertThat(text.findElements(By.cssSelector("script, img, b"))).isEmpty();
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        screenshot("reader-markup-as-text");
    }
}
