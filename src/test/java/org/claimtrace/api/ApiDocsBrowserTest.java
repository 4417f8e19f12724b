package org.claimtrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrace.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogType;

import java.util.logging.Level;

/** Swagger UI in a real browser: a script writer browses the API without logging in. */
class ApiDocsBrowserTest extends BrowserTest {

    @Test
    void swaggerUiListsEveryOperationOfTheDocumentWithoutLogin() {
        driver.get(url("api/docs/ui"));

        waitFor(60).until(d -> d.findElements(By.cssSelector(".opblock")).size() >= 17);
        assertThat(driver.findElement(By.cssSelector(".info .title")).getText()).contains("Claimtrace HTTP API");
        assertThat(driver.findElements(By.cssSelector(".opblock-summary-path")))
                .anySatisfy(path -> assertThat(path.getText()).contains("/api/export/{file}"));
        screenshot("api-docs-ui");
        driver.findElement(By.cssSelector(".opblock-post .opblock-summary")).click();
        var refusal = waitFor(10).until(d -> d.findElements(By.cssSelector(".responses-table .response[data-code='422']"))
                .stream().findFirst().orElse(null));
        js("arguments[0].scrollIntoView({block: 'center'})", refusal);
        screenshot("api-docs-ui-operation");
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
                .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
    }
}
