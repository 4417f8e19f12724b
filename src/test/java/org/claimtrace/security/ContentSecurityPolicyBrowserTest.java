package org.claimtrace.security;

import org.claimtrace.BrowserTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every view works under the Content-Security-Policy (decision 010): Chromium reports no violation of it on the
 * login page or on any view, from the first script to the last rendered component.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    private boolean loggedIn;

    @BeforeAll
    void recordViolations() {
        // on every new document, before any of its scripts: a violation is kept where the test can read it
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', "
                        + "e => window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at '"
                        + " + e.sourceFile + ':' + e.lineNumber));"));
    }

    @Test
    @Order(1)
    void theLoginPageRunsUnderThePolicy() {
        driver.get(url("login"));
        waitFor(90).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        waitForVaadin();
        assertThat(policy()).contains("default-src 'self'");
        assertThat(violations()).isEmpty();
    }

    @ParameterizedTest
    @Order(2)
    @ValueSource(strings = {"", "articles/1", "import", "outlets", "tagset", "users", "claims", "triage", "export",
            "import-annotations", "account"})
    void everyViewRunsUnderThePolicy(String route) {
        if (!loggedIn) {
            login("admin", ADMIN_PASSWORD);
            loggedIn = true;
        }
        driver.get(url(route));
        waitFor(60).until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-app-layout")));
        waitForVaadin();
        screenshot("csp-" + (route.isEmpty() ? "home" : route.replace('/', '-')));
        assertThat(violations()).as(route).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) js("return window.__cspViolations || []");
    }

    private String policy() {
        return (String) ((ChromeDriver) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(location.href).then(r => done(r.headers.get('content-security-policy')));");
    }
}
