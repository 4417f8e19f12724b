package org.claimtrace.base;

import org.claimtrace.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** Every area opens in a real browser with its content and no client-side error; a screenshot of each. */
class ViewsBrowserTest extends BrowserTest {

    @BeforeAll
    void logIn() {
        login("admin", ADMIN_PASSWORD);
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
            "review, Mentions",
            "history, Kind of record",
    })
    void theViewOpensWithItsContent(String route, String expected) {
        driver.get(url(route));
        waitFor(60).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
        waitForVaadin();
        waitFor(30).until(d -> d.findElement(By.tagName("body")).getText().contains(expected)
                || Boolean.TRUE.equals(js("return document.body.innerHTML.includes(arguments[0])", expected)));
        assertThat(driver.findElements(By.cssSelector("vaadin-app-layout"))).hasSize(1);
        screenshot("view-" + route);
    }
}
