package org.claimtrace.bench;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * Cold start of the production jar, plain ({@code java -jar target/claimtrace-*.jar}) and optimised (the
 * extracted jar with the AOT cache of {@code scripts/aot-jar.sh}, decision 008): seconds from launching the
 * JVM to {@code /actuator/health} answering UP, and to the login page rendered in headless Chromium (its
 * user-name field shown; an HTTP 200 for /login when Chromium is missing). Each variant starts first on an empty
 * data folder (migrations, the administrator, the seeds: a newsroom's first start) and then again on the same
 * folder (every later start, after a deploy or a reboot), each on a free port; plain and optimised alternate,
 * {@code -Dstartup.runs} times (3), medians reported.
 *
 * <p>Run: {@code ./mvnw -q -Pproduction,bench verify -Dbench=startup}: the production profile builds the jar
 * first; the optimised form is made from it when target/aot is missing or older than the jar.
 */
public final class StartupBenchmark {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Start(double healthSeconds, double loginSeconds, double cpuSecondsAtHealth) {
    }

    public static void main(String[] args) throws Exception {
        var jar = plainJar();
        var aotJar = Path.of("target", "aot", "claimtrace.jar");
        var aotCache = Path.of("target", "aot", "claimtrace.aot");
        if (!Files.exists(aotCache) || Files.getLastModifiedTime(aotCache).compareTo(Files.getLastModifiedTime(jar)) < 0) {
            System.out.println("startup: making the optimised jar (scripts/aot-jar.sh " + jar + ")");
            var script = new ProcessBuilder("bash", "scripts/aot-jar.sh", jar.toString()).inheritIO().start();
            if (script.waitFor() != 0) {
                throw new IllegalStateException("scripts/aot-jar.sh failed");
            }
        }
        int runs = Integer.getInteger("startup.runs", 3);
        var plain = new ArrayList<Start>();
        var aot = new ArrayList<Start>();
        var plainRestart = new ArrayList<Start>();
        var aotRestart = new ArrayList<Start>();
        try (var browser = Browser.open()) {
            System.out.println("startup: " + runs + " cold starts each on " + Runtime.getRuntime().availableProcessors()
                    + " cores; login page " + (browser.driver == null ? "by HTTP 200 (no chromium)" : "rendered in headless Chromium")
                    + "; first start on an empty data folder, then a restart on the same folder");
            for (int i = 1; i <= runs; i++) {
                startTwice("plain", i, List.of("-jar", jar.toString()), browser, plain, plainRestart);
                startTwice("aot  ", i, List.of("-XX:AOTCache=" + aotCache, "-XX:+UseCompactObjectHeaders", "-XX:+UseTransparentHugePages", "-Dspring.aot.enabled=true", "-jar", aotJar.toString()), browser, aot, aotRestart);
            }
        }
        summary("plain", plain, plainRestart);
        summary("aot  ", aot, aotRestart);
        System.out.printf("startup: plain_health_s=%.2f plain_login_s=%.2f plain_restart_health_s=%.2f aot_health_s=%.2f aot_login_s=%.2f aot_restart_health_s=%.2f%n",
                median(plain, Start::healthSeconds), median(plain, Start::loginSeconds), median(plainRestart, Start::healthSeconds),
                median(aot, Start::healthSeconds), median(aot, Start::loginSeconds), median(aotRestart, Start::healthSeconds));
    }

    /** A first start on an empty data folder (migrations, administrator, seeds), then a restart on the same folder. */
    private static void startTwice(String variant, int run, List<String> javaArgs, Browser browser,
                                   List<Start> first, List<Start> again) throws Exception {
        var data = Files.createTempDirectory("claimtrace-startup");
        try {
            first.add(report(variant + " first  ", run, start(javaArgs, browser, data)));
            again.add(report(variant + " restart", run, start(javaArgs, browser, data)));
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static void summary(String variant, List<Start> first, List<Start> again) {
        System.out.printf("  %s: first start health %.2f s, login %.2f s, %.1f CPU s at health; restart health %.2f s, login %.2f s, %.1f CPU s (medians)%n",
                variant, median(first, Start::healthSeconds), median(first, Start::loginSeconds), median(first, Start::cpuSecondsAtHealth),
                median(again, Start::healthSeconds), median(again, Start::loginSeconds), median(again, Start::cpuSecondsAtHealth));
    }

    private static Path plainJar() throws IOException {
        var given = System.getProperty("startup.jar", "");
        Path jar;
        if (!given.isBlank()) {
            jar = Path.of(given);
        } else {
            try (var files = Files.list(Path.of("target"))) {
                jar = files.filter(p -> p.getFileName().toString().matches("claimtrace-.*\\.jar")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No target/claimtrace-*.jar: run ./mvnw -q -Pproduction,bench verify -Dbench=startup"));
            }
        }
        try (var zip = new ZipFile(jar.toFile())) {
            var info = zip.getEntry("META-INF/VAADIN/config/flow-build-info.json");
            var text = info == null ? "" : new String(zip.getInputStream(info).readAllBytes());
            if (!text.replace(" ", "").contains("\"productionMode\":true")) {
                throw new IllegalStateException(jar + " is not a production build: run ./mvnw -q -Pproduction,bench verify -Dbench=startup");
            }
        }
        return jar;
    }

    private static Start start(List<String> javaArgs, Browser browser, Path data) throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var base = "http://127.0.0.1:" + port;
        var command = new ArrayList<String>();
        command.add(JAVA.toString());
        command.addAll(javaArgs);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("app.log").toFile()));
        builder.environment().put("CLAIMTRACE_DATA_DIR", data.toString());
        builder.environment().put("CLAIMTRACE_ADMIN_PASSWORD", "startup-benchmark");
        builder.environment().put("PORT", Integer.toString(port));
        long t0 = System.nanoTime();
        var app = builder.start();
        try {
            waitFor(app, data, () -> ok(base + "/actuator/health", "\"UP\""));
            double health = (System.nanoTime() - t0) / 1e9;
            double cpu = app.toHandle().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
            browser.showLogin(base + "/login");
            double login = (System.nanoTime() - t0) / 1e9;
            return new Start(health, login, cpu);
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private static void waitFor(Process app, Path data, java.util.function.BooleanSupplier ready) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!ready.getAsBoolean()) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The app stopped during start:\n" + tail(data.resolve("app.log")));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No health UP after " + LIMIT + ":\n" + tail(data.resolve("app.log")));
            }
            Thread.sleep(20);
        }
    }

    private static boolean ok(String url, String bodyContains) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains(bodyContains);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static Start report(String variant, int run, Start start) {
        System.out.printf("  %s run %d: health UP %.2f s (%.1f CPU s), login page %.2f s%n",
                variant, run, start.healthSeconds(), start.cpuSecondsAtHealth(), start.loginSeconds());
        return start;
    }

    private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> figure) {
        var values = starts.stream().mapToDouble(figure).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    /** Headless Chromium when the machine has it (as for the browser tests), else plain HTTP. */
    private static final class Browser implements AutoCloseable {

        private final WebDriver driver;

        private Browser(WebDriver driver) {
            this.driver = driver;
        }

        static Browser open() throws IOException {
            var chromium = Path.of("/usr/bin/chromium");
            var chromedriver = Path.of("/usr/bin/chromedriver");
            if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
                return new Browser(null);
            }
            var options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disk-cache-size=1", "--user-data-dir=" + Files.createTempDirectory("chromium-startup"));
            var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options));
        }

        /** Opens the login page in a fresh tab state and waits until its user-name field shows. */
        void showLogin(String url) {
            if (driver == null) {
                if (!ok(url, "<")) {
                    throw new IllegalStateException("GET " + url + " did not answer 200");
                }
                return;
            }
            driver.manage().deleteAllCookies();
            driver.get(url);
            new WebDriverWait(driver, Duration.ofSeconds(120))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        }

        @Override
        public void close() {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    private StartupBenchmark() {
    }
}
