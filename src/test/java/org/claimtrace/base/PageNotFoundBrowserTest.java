package org.claimtrace.base;

import org.claimtrace.BrowserTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mistyped or outdated address: someone signed in sees "Page not found" inside the app, with the navigation and a
 * way on (it was a bare "403 access denied"); someone not signed in is sent to the login, as for any page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageNotFoundBrowserTest extends BrowserTest {

    @Test
    @Order(1)
    void someoneNotSignedInIsSentToTheLogin() throws Exception {
        try (var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            var response = client.send(HttpRequest.newBuilder(URI.create(url("nosuchpage"))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }

    @Test
    @Order(2)
    void someoneSignedInSeesPageNotFoundInsideTheApp() throws Exception {
        login("admin", ADMIN_PASSWORD);
        driver.get(url("nosuchpage"));
        var heading = waitFor(30).until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h2[text()='Page not found']")));
        waitForVaadin();

        assertThat(heading.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("There is no page at /nosuchpage")
                .contains("Articles"); // the side navigation is there
        assertThat(driver.getTitle()).contains("Page not found");
        screenshot("page-not-found");

        driver.findElement(By.linkText("Go to the start page")).click();
        waitFor(30).until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h1[text()='Articles']")));
    }

    @Test
    @Order(3)
    void markupInTheAddressIsShownAsText() {
        driver.get(url("nosuch%3Cb%3Ebold"));
        var message = waitFor(30).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//p[starts-with(text(), 'There is no page at')]")));
        waitForVaadin();

        assertThat(message.getText()).contains("/nosuch%3Cb%3Ebold"); // as the address bar has it, never as markup
        assertThat(message.findElements(By.tagName("b"))).isEmpty();
    }

    /** The document's own 404 status is the one console line this page is meant to cause. */
    @Override
    protected boolean ignoredConsoleError(String message) {
        return message.contains("/nosuch") && message.contains("404");
    }
}
