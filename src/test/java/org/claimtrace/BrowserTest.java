package org.claimtrace;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-browser tests: the app on a random port, driven by Debian's headless Chromium. Only for what a
 * browser alone shows. Screenshots go to target/screenshots (always for {@link #screenshot}, and on failure).
 * Without Chromium the tests are skipped with a notice, except under CI, where they must run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    public static final String ADMIN_PASSWORD = "admin-test-password";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    /** Where the browser saves downloads, one folder per test class. */
    protected Path downloads;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName());
            }
        }
    };

    @BeforeAll
    void startBrowser() throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            System.out.println("NOTICE: browser tests skipped: install Debian's chromium and chromium-driver to run them");
        }
        Assumptions.assumeTrue(available || "true".equalsIgnoreCase(System.getenv("CI")),
                "Chromium not installed: browser tests skipped");
        var options = new ChromeOptions();
        downloads = Files.createTempDirectory("chromium-downloads");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(CHROMIUM.toFile());
        // the browser's console, read after every test: any error fails it
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Fails the test on any error the browser's console showed while it ran (uncaught exceptions, failed loads). */
    @AfterEach
    void noConsoleErrors() {
        if (driver == null) {
            return;
        }
        var errors = consoleErrors();
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    /** The console's errors since the last call (reading the log empties it). */
    protected List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(message -> !ignoredConsoleError(message)).toList();
    }

    /** A test that provokes an error on purpose (a refused request, say) names it here. */
    protected boolean ignoredConsoleError(String message) {
        return false;
    }

    /**
     * Runs axe-core on the page as it is now and fails on any serious or critical violation, listing each
     * with the elements it found.
     */
    protected void assertAccessible(String what) {
        if (!Boolean.TRUE.equals(js("return !!window.axe"))) {
            js(axeScript());
        }
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) ((ChromeDriver) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + "  .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + "  .map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + "      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || ''))}))))"
                + "  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        assertThat(violations).as("serious or critical accessibility violations on " + what).isEmpty();
    }

    /** Emulates the system's colour preference, as a user who set dark mode has it ("light" or "dark"). */
    protected void preferColourScheme(String scheme) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** Asserts the element lies wholly inside the window, where the user sees it without scrolling. */
    protected void assertInViewport(WebElement element, String what) {
        @SuppressWarnings("unchecked")
        var box = (Map<String, Number>) js("const r = arguments[0].getBoundingClientRect();"
                + "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: window.innerHeight, width: window.innerWidth};",
                element);
        assertThat(box.get("bottom").doubleValue() - box.get("top").doubleValue()).as(what + " is shown").isGreaterThan(0);
        assertThat(box.get("top").doubleValue()).as(what + " top").isGreaterThanOrEqualTo(0);
        assertThat(box.get("left").doubleValue()).as(what + " left").isGreaterThanOrEqualTo(0);
        assertThat(box.get("bottom").doubleValue()).as(what + " bottom within the window")
                .isLessThanOrEqualTo(box.get("height").doubleValue());
        assertThat(box.get("right").doubleValue()).as(what + " right within the window")
                .isLessThanOrEqualTo(box.get("width").doubleValue());
    }

    private static String axeScript;

    private static synchronized String axeScript() {
        if (axeScript == null) {
            try (var in = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
                }
                axeScript = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeScript;
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected WebDriverWait waitFor(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Logs in through the real login form. The first page load may wait for Vaadin's dev bundle. */
    protected void login(String user, String password) {
        driver.get(url("login"));
        var username = waitFor(90).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        username.sendKeys(user);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        waitFor(30).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Waits until Vaadin has no request in flight, so what is on screen is what the server sent. */
    protected void waitForVaadin() {
        waitFor(30).until(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive())")));
    }

    protected Optional<Path> screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            var target = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    protected Object js(String script, Object... args) {
        return ((ChromeDriver) driver).executeScript(script, args);
    }
}
