package org.claimtrace.article.ui;

import org.claimtrace.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploading a real file through the browser fills the form, and importing opens the reader. */
class ImportBrowserTest extends BrowserTest {

    @Test
    void anUploadedHtmlPageIsImportedWithoutItsScripts() throws Exception {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var page = Files.createTempFile("story-", ".html");
        Files.writeString(page, "<html><head><title>Port reopens " + marker + "</title><script>window.__pwned=1</script>"
                + "</head><body><nav>Home</nav><article><h1>Port reopens " + marker + "</h1>"
                + "<p>The port reopened on Monday, officials said.</p><p>Ferries resumed <b>at noon</b>.</p></article></body></html>");
        login("admin", ADMIN_PASSWORD);
        driver.get(url("import"));
        var input = waitFor(60).until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(
                "const u = document.querySelector('#article-upload'); if (!u) return null; "
                        + "return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));"));
        input.sendKeys(page.toAbsolutePath().toString());
        waitFor(30).until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return document.querySelector('vaadin-text-area').value")).contains("Ferries resumed at noon."));
        var text = String.valueOf(js("return document.querySelector('vaadin-text-area').value"));
        assertThat(text).isEqualTo("Port reopens " + marker + "\n\nThe port reopened on Monday, officials said.\n\nFerries resumed at noon.");
        assertThat(String.valueOf(js("return Array.from(document.querySelectorAll('vaadin-text-field'))"
                + ".find(f => f.label === 'Headline').value"))).isEqualTo("Port reopens " + marker);
        js("const o = document.querySelector('vaadin-combo-box'); o.value = 'Browser Upload Post'; "
                + "o.dispatchEvent(new CustomEvent('custom-value-set', {detail: 'Browser Upload Post'}));");
        waitForVaadin();
        screenshot("import-uploaded");
        var importButton = driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Import']"));
        js("arguments[0].scrollIntoView({block: 'center'})", importButton);
        importButton.click();
        waitFor(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("claim-text p")));
        assertThat(driver.findElement(By.className("reader-headline")).getText()).isEqualTo("Port reopens " + marker);
        assertThat(driver.findElement(By.cssSelector("claim-text")).getText()).contains("Ferries resumed at noon.");
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        screenshot("import-reader");
    }
}
