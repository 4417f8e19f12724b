package org.claimtrace.bench;

import org.claimtrace.Application;
import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.review.NewSession;
import org.claimtrace.review.ReviewService;
import org.claimtrace.security.ApiTokenService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.claimtrace.security.UserAccountService;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * N logged-in users at once, each a real Vaadin session (its own login, HTTP session, UI and push WebSocket): all but
 * {@code -Dsessions.browsers} (2) of them protocol-level clients ({@link SessionClients}, in a process of their own),
 * the others tabs of one headless Chromium (each on its own loopback address, 127.0.0.k, so cookies stay apart) as a
 * cross-check. Phase 1: all N on one review session with the same claim open; a script saves a verdict over the HTTP
 * API M times. Phase 2: all N follow a link to the reader on one article; the script adds M annotations. Figures:
 * server heap per session (live objects, with N sessions minus without, over N; on the review page and in the reader),
 * p50/p95 of a save (the API call, end to end), p50/p95 of the push (save started to the change arriving in each
 * session), separately for the protocol clients and the tabs, and how many saves some session had not seen in 10 s.
 *
 * <p>{@code -Dsessions.sizes=10,50,100} (default), {@code -Dsessions.saves=20}, {@code -Dsessions.histogram=DIR}.
 * Targets (2 cores): heap per session &le; 1 MB, p95 save &le; 200 ms, p95 push &le; 500 ms at N = 50.
 */
public final class SessionsBenchmark {

    private static final int PORT = Integer.getInteger("sessions.port", 18310);
    private static final String PASSWORD = "bench-password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Sessions held by real Chromium tabs, as a cross-check of the protocol clients; the rest are protocol clients. */
    private static final int BROWSERS = Integer.getInteger("sessions.browsers", 2);
    private static final long TIMEOUT_MS = 10_000;

    private SessionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var sizes = Arrays.stream(System.getProperty("sessions.sizes", "10,50,100").split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
        int saves = Integer.getInteger("sessions.saves", 20);
        var data = Files.createTempDirectory("claimtrace-bench-sessions");
        var app = SpringApplication.run(Application.class, "--server.port=" + PORT,
                "--spring.datasource.url=jdbc:h2:file:" + data + "/bench", "--claimtrace.admin.password=bench-admin-password",
                "--claimtrace.matching.embeddings=false", "--vaadin.devmode.devTools.enabled=false", "--logging.level.root=warn",
                // development mode keeps, for its tools, a Throwable for each component created and attached (with its
                // stack: about 1 MB a session here); production mode keeps none. -Dsessions.tracker=true to count them
                "--vaadin.devmode.componentTracker.enabled=" + Boolean.getBoolean("sessions.tracker"));
        var summary = new ArrayList<String>();
        try {
            var world = World.make(app, Arrays.stream(sizes).max().orElse(10) + 1);
            // one session opened and closed first, so that what the first view loads once for all (classes, caches)
            // is not counted as the first size's heap per session
            try (var warmup = Clients.start(List.of(world.users().getLast()), "review/" + world.sessionId(), "claim=" + world.claimId())) {
                warmup.command("navigate articles/" + world.articleId());
                warmup.answer();
            }
            // and one save of each kind, so that the JVM's first save (its endpoint, JSON and validation set up, its
            // code still cold: a start-up cost, 140-170 ms of CPU) is not counted as the first size's slowest save;
            // printed here, once per run
            long review = System.currentTimeMillis();
            send("PUT", "/api/review-sessions/" + world.sessionId() + "/items/" + world.claimId(),
                    Map.of("verdict", "FALSE", "rationale", "warm-up rationale", "version", itemVersion(world)), world);
            review = System.currentTimeMillis() - review;
            long reader = System.currentTimeMillis();
            var warmed = JsonMapper.shared().readTree(send("POST", "/api/articles/" + world.articleId() + "/annotations",
                    Map.of("start", 0, "end", WORD_ENDS[0], "attribution", Map.of("type", "UNATTRIBUTED")), world));
            reader = System.currentTimeMillis() - reader;
            send("DELETE", "/api/annotations/" + warmed.get("id").asLong() + "?version=" + warmed.path("version").asLong(0), null, world);
            System.out.printf(Locale.ROOT, "The JVM's first saves, before any size and not counted: review %d ms, reader %d ms%n", review, reader);
            for (int n : sizes) {
                var result = run(app, world, n, saves);
                System.out.println(result.describe());
                summary.add(result.summary());
                if (result.failed() != null) {
                    System.out.println("Stopped at N = " + n + ": " + result.failed());
                    break;
                }
            }
        } finally {
            app.close();
        }
        System.out.println("sessions: " + String.join(" ", summary));
    }

    /** Users, a claim in a review session, an article, and an API token for the script that saves. */
    private record World(List<String> users, long sessionId, long claimId, long articleId, String saverToken, String saver) {

        static World make(ConfigurableApplicationContext app, int users) {
            var accounts = app.getBean(UserAccountService.class);
            var names = new ArrayList<String>();
            SystemTask.run(() -> {
                for (int i = 0; i < users; i++) {
                    var name = "bench-" + i;
                    accounts.create(name, PASSWORD, Set.of(Role.REVIEWER, Role.EDITOR));
                    names.add(name);
                }
            });
            var saver = names.getFirst();
            var annotation = AnnotationFixtures.carried(app.getBean(ArticleService.class), app.getBean(ClaimAnnotationService.class),
                    "Bench Times", "Bench story", "The reservoir fell to a record low this week, officials said", 4, "ANONYMOUS_VAGUE");
            var claims = app.getBean(ClaimService.class);
            var claim = SystemTask.call(() -> claims.create("The reservoir fell to a record low", List.of(annotation.getId())));
            var session = as(saver, () -> app.getBean(ReviewService.class).create(new NewSession("Load", null, false, Set.of(),
                    List.of(claim.getId()))));
            var token = as(saver, () -> app.getBean(ApiTokenService.class).create("bench").secret());
            return new World(names, session.getId(), claim.getId(), annotation.getArticleId(), token, saver);
        }
    }

    private record Result(int n, int browsers, double heapPerSessionKb, double readerHeapPerSessionKb, Stats reviewSave, Stats reviewPush, Stats reviewTabPush,
                          Stats readerSave, Stats readerPush, Stats readerTabPush, int missed, int missedTabs, String failed,
                          List<Long> reviewSaveTimes, List<Long> readerSaveTimes, double reviewCpuMsPerSave, double readerCpuMsPerSave) {
        String describe() {
            return String.format(Locale.ROOT, "N = %d (%d protocol clients, %d Chromium tabs): heap per session %.0f KB on the review "
                            + "session page, %.0f KB in the reader; "
                            + "review save p50 %.0f ms, p95 %.0f ms; push p50 %.0f ms, p95 %.0f ms (tabs p50 %.0f, p95 %.0f); "
                            + "reader save p50 %.0f ms, p95 %.0f ms; push p50 %.0f ms, p95 %.0f ms (tabs p50 %.0f, p95 %.0f); "
                            + "saves not seen by every protocol client within 10 s: %d, by every tab: %d; "
                            + "each save in order (ms; the first is the first of its kind since the start): review %s, reader %s; "
                            + "CPU of this JVM (the app, the script, the browser's driver) per save and its pushes: review %.0f ms, reader %.0f ms",
                    n, n - browsers, browsers, heapPerSessionKb, readerHeapPerSessionKb, reviewSave.p50(), reviewSave.p95(), reviewPush.p50(), reviewPush.p95(),
                    reviewTabPush.p50(), reviewTabPush.p95(), readerSave.p50(), readerSave.p95(), readerPush.p50(), readerPush.p95(),
                    readerTabPush.p50(), readerTabPush.p95(), missed, missedTabs, reviewSaveTimes, readerSaveTimes, reviewCpuMsPerSave, readerCpuMsPerSave);
        }

        String summary() {
            return String.format(Locale.ROOT, "n%d_heapKbPerSession=%.0f n%d_readerHeapKbPerSession=%.0f n%d_saveP95Ms=%.0f n%d_pushP50Ms=%.0f n%d_pushP95Ms=%.0f "
                            + "n%d_readerPushP95Ms=%.0f n%d_tabPushP95Ms=%.0f n%d_missed=%d n%d_missedTabs=%d",
                    n, heapPerSessionKb, n, readerHeapPerSessionKb, n, Math.max(reviewSave.p95(), readerSave.p95()), n, reviewPush.p50(), n, reviewPush.p95(),
                    n, readerPush.p95(), n, Math.max(reviewTabPush.p95(), readerTabPush.p95()), n, missed, n, missedTabs);
        }

        static Result failed(int n, int browsers, String why) {
            var none = Stats.of(List.of());
            return new Result(n, browsers, Double.NaN, Double.NaN, none, none, none, none, none, none, 0, 0, why, List.of(), List.of(), Double.NaN, Double.NaN);
        }
    }

    private record Stats(double p50, double p95) {
        static Stats of(List<Long> values) {
            if (values.isEmpty()) {
                return new Stats(Double.NaN, Double.NaN);
            }
            var sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return new Stats(sorted.get((int) Math.floor(0.5 * (sorted.size() - 1))), sorted.get((int) Math.ceil(0.95 * (sorted.size() - 1))));
        }
    }

    private static Result run(ConfigurableApplicationContext app, World world, int n, int saves) throws Exception {
        int browsers = Math.min(BROWSERS, n);
        long before = liveHeap();
        histogram(n, "before");
        var driver = browsers > 0 ? browser() : null;
        Clients clients = null;
        var readerIds = new ArrayList<Long>();
        var readerVersions = new ArrayList<Long>();
        try {
            var tabs = new ArrayList<String>();
            for (int i = 0; i < browsers; i++) {
                if (i > 0) {
                    driver.switchTo().newWindow(WindowType.TAB);
                }
                tabs.add(driver.getWindowHandle());
                var host = "http://127.0.0." + (i + 2) + ":" + PORT + "/";
                driver.get(host + "login");
                var wait = new WebDriverWait(driver, Duration.ofSeconds(120));
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys(world.users().get(i));
                driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(PASSWORD, Keys.ENTER);
                wait.until(d -> !d.getCurrentUrl().contains("/login"));
                driver.get(host + "review/" + world.sessionId() + "?claim=" + world.claimId());
                wait.until(d -> !d.findElements(By.id("outcome")).isEmpty());
                watchReview(driver);
            }
            long opening = System.currentTimeMillis();
            clients = Clients.start(world.users().subList(browsers, n), "review/" + world.sessionId(), "claim=" + world.claimId());
            System.out.printf(Locale.ROOT, "N = %d: %d protocol clients logged in and on the session page in %.1f s%n", n, n - browsers,
                    (System.currentTimeMillis() - opening) / 1000.0);
            long with = liveHeap();
            histogram(n, "with");
            double perSessionKb = (with - before) / 1024.0 / n;

            // phase 1: verdicts saved by a script, pushed to every open session page
            var reviewSaves = new ArrayList<Long>();
            int missed = 0;
            int missedTabs = 0;
            long version = itemVersion(world);
            var reviewStarts = new ArrayList<Long>();
            long reviewCpu = processCpuNanos();
            for (int k = 0; k < saves; k++) {
                long start = System.currentTimeMillis();
                var body = Map.of("verdict", k % 2 == 0 ? "FALSE" : "MISLEADING", "rationale", "bench-" + k + " rationale", "version", version);
                var response = send("PUT", "/api/review-sessions/" + world.sessionId() + "/items/" + world.claimId(), body, world);
                reviewSaves.add(System.currentTimeMillis() - start);
                version = JsonMapper.shared().readTree(response).get("version").asLong();
                reviewStarts.add(start);
                clients.command("await r" + k + " " + TIMEOUT_MS);
                missedTabs += awaitAll(driver, tabs, "r" + k, TIMEOUT_MS) ? 0 : 1;
                missed += clients.answer().endsWith("missing=0") ? 0 : 1;
            }
            reviewCpu = processCpuNanos() - reviewCpu;
            var reviewSeen = clients.dump();
            var reviewPush = delivery(reviewSeen, reviewStarts, k -> "r" + k);
            var reviewTabPush = tabDelivery(driver, tabs, reviewStarts, k -> "r" + k);

            // phase 2: the same people go to the reader (a link followed); a script adds annotations
            clients.command("navigate articles/" + world.articleId());
            var navigated = clients.answer();
            if (!navigated.endsWith("failed=0")) {
                throw new IllegalStateException("protocol clients did not reach the reader: " + navigated);
            }
            for (var tab : tabs) {
                driver.switchTo().window(tab);
                var host = driver.getCurrentUrl().replaceFirst("(https?://[^/]+/).*", "$1");
                driver.get(host + "articles/" + world.articleId());
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("claim-text p")).isEmpty());
                watchReader(driver);
            }
            double readerPerSessionKb = (liveHeap() - before) / 1024.0 / n;
            var readerSaves = new ArrayList<Long>();
            var readerStarts = new ArrayList<Long>();
            long readerCpu = processCpuNanos();
            for (int k = 0; k < saves; k++) {
                long start = System.currentTimeMillis();
                // a span of its own each time (whole words: the API snaps to them), as the same span and type twice
                // is refused (409) as a duplicate
                var body = Map.of("start", k / WORD_ENDS.length % 2 == 0 ? 0 : 4, "end", WORD_ENDS[k % WORD_ENDS.length],
                        "attribution", Map.of("type", k < 2 * WORD_ENDS.length ? "UNATTRIBUTED" : "ANONYMOUS_VAGUE"));
                var response = send("POST", "/api/articles/" + world.articleId() + "/annotations", body, world);
                readerSaves.add(System.currentTimeMillis() - start);
                readerStarts.add(start);
                var created = JsonMapper.shared().readTree(response);
                var id = created.get("id").asLong();
                readerIds.add(id);
                readerVersions.add(created.path("version").asLong(0));
                clients.command("await a" + id + " " + TIMEOUT_MS);
                missedTabs += awaitAll(driver, tabs, "a" + id, TIMEOUT_MS) ? 0 : 1;
                missed += clients.answer().endsWith("missing=0") ? 0 : 1;
            }
            readerCpu = processCpuNanos() - readerCpu;
            var readerSeen = clients.dump();
            var readerPush = delivery(readerSeen, readerStarts, k -> "a" + readerIds.get(k));
            var readerTabPush = tabDelivery(driver, tabs, readerStarts, k -> "a" + readerIds.get(k));
            return new Result(n, browsers, perSessionKb, readerPerSessionKb, Stats.of(reviewSaves), Stats.of(reviewPush), Stats.of(reviewTabPush),
                    Stats.of(readerSaves), Stats.of(readerPush), Stats.of(readerTabPush), missed, missedTabs, null, reviewSaves, readerSaves,
                    reviewCpu / 1e6 / saves, readerCpu / 1e6 / saves);
        } catch (RuntimeException e) {
            e.printStackTrace();
            return Result.failed(n, browsers, e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } finally {
            if (clients != null) {
                clients.close();
            }
            if (driver != null) {
                driver.quit();
            }
            // the next size adds annotations on the same spans: a span annotated twice with one type is refused
            for (int k = 0; k < readerIds.size(); k++) {
                var id = readerIds.get(k);
                try {
                    send("DELETE", "/api/annotations/" + id + "?version=" + readerVersions.get(k), null, world);
                } catch (Exception e) {
                    System.out.println("Annotation " + id + " not removed: " + e.getMessage());
                }
            }
        }
    }

    /**
     * The protocol clients ({@link SessionClients}) in a JVM of their own, so that the heap measured here is the
     * server's alone; commands and answers are lines on its standard input and output.
     */
    private static final class Clients implements AutoCloseable {
        private final Process process;
        private final java.io.BufferedWriter in;
        private final java.io.BufferedReader out;

        private Clients(Process process) {
            this.process = process;
            this.in = process.outputWriter();
            this.out = process.inputReader();
        }

        static Clients start(List<String> users, String route, String query) throws Exception {
            var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-Dsessions.debug=" + Boolean.getBoolean("sessions.debug"), "-cp", System.getProperty("java.class.path"),
                    SessionClients.class.getName(), "http://127.0.0.1:" + PORT, PASSWORD,
                    users.isEmpty() ? "," : String.join(",", users), route, query));
            var clients = new Clients(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
            var ready = clients.answer();
            if (!ready.equals("READY failed=0")) {
                clients.close();
                throw new IllegalStateException("protocol clients: " + ready);
            }
            return clients;
        }

        void command(String line) throws java.io.IOException {
            in.write(line);
            in.newLine();
            in.flush();
        }

        String answer() throws java.io.IOException {
            var line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("the protocol clients' process ended");
            }
            return line;
        }

        /** Key (r3, a17) to the times each client first saw it. */
        Map<String, List<Long>> dump() throws java.io.IOException {
            command("dump");
            var seen = new java.util.HashMap<String, List<Long>>();
            for (var line = answer(); !line.equals("END"); line = answer()) {
                var words = line.split(" ");
                seen.computeIfAbsent(words[1], key -> new ArrayList<>()).add(Long.parseLong(words[3]));
            }
            return seen;
        }

        @Override
        public void close() {
            try {
                command("quit");
                process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // gone already
            }
            process.destroy();
        }
    }

    private static List<Long> delivery(Map<String, List<Long>> seen, List<Long> starts, java.util.function.IntFunction<String> key) {
        var result = new ArrayList<Long>();
        for (int k = 0; k < starts.size(); k++) {
            for (var at : seen.getOrDefault(key.apply(k), List.of())) {
                result.add(at - starts.get(k));
            }
        }
        return result;
    }

    /** Where the words of "The reservoir fell to a record low this week, officials said" end, after "reservoir". */
    private static final int[] WORD_ENDS = {13, 18, 21, 23, 30, 34, 39, 44, 55, 60};

    /** Each tab notes when each "bench-k" first shows in the open claim's verdict. */
    private static void watchReview(ChromeDriver driver) {
        driver.executeScript("""
                window.__seen = {};
                const note = () => { const o = document.getElementById('outcome'); if (!o) return;
                  const m = o.textContent.match(/bench-(\\d+) rationale/); if (m && !window.__seen['r' + m[1]]) window.__seen['r' + m[1]] = Date.now(); };
                new MutationObserver(note).observe(document.body, {subtree: true, childList: true, characterData: true});""");
    }

    /** Each tab notes when each annotation id first shows as a highlight. */
    private static void watchReader(ChromeDriver driver) {
        driver.executeScript("""
                window.__seen = {};
                const note = () => { for (const m of document.querySelectorAll('claim-text mark')) {
                  for (const id of (m.dataset.ids || '').split(' ')) { if (id && !window.__seen['a' + id]) window.__seen['a' + id] = Date.now(); } } };
                note();
                new MutationObserver(note).observe(document.body, {subtree: true, childList: true});""");
    }

    private static boolean awaitAll(ChromeDriver driver, List<String> tabs, String key, long timeoutMs) throws InterruptedException {
        if (tabs.isEmpty()) {
            return true;
        }
        long until = System.currentTimeMillis() + timeoutMs;
        var pending = new ArrayList<>(tabs);
        while (!pending.isEmpty() && System.currentTimeMillis() < until) {
            for (var it = pending.iterator(); it.hasNext(); ) {
                driver.switchTo().window(it.next());
                if (Boolean.TRUE.equals(driver.executeScript("return !!(window.__seen && window.__seen[arguments[0]]);", key))) {
                    it.remove();
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(20);
            }
        }
        return pending.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> tabDelivery(ChromeDriver driver, List<String> tabs, List<Long> starts, java.util.function.IntFunction<String> key) {
        var result = new ArrayList<Long>();
        for (var tab : tabs) {
            driver.switchTo().window(tab);
            var seen = (Map<String, Number>) driver.executeScript("return window.__seen;");
            for (int k = 0; k < starts.size(); k++) {
                var at = seen.get(key.apply(k));
                if (at != null) {
                    result.add(at.longValue() - starts.get(k));
                }
            }
        }
        return result;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long itemVersion(World world) throws Exception {
        var items = JsonMapper.shared().readTree(send("GET", "/api/review-sessions/" + world.sessionId() + "/items", null, world));
        return items.get("items").get(0).get("version").asLong();
    }

    private static String send(String method, String path, Object body, World world) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (world.saver() + ":" + world.saverToken()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body)));
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static ChromeDriver browser() throws Exception {
        var options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
                "--user-data-dir=" + Files.createTempDirectory("chromium-bench"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * The bytes of all live objects: the total of jcmd's GC.class_histogram, which collects fully first. (The heap's
     * "used" after System.gc() counted up to twice as much per session, as it also counts space the collector has
     * not given back.)
     */
    private static long liveHeap() {
        var total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(classHistogram());
        if (!total.find()) {
            throw new IllegalStateException("no total in the class histogram");
        }
        return Long.parseLong(total.group(1));
    }

    private static String classHistogram() {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[]{new String[0]}, new String[]{String[].class.getName()});
        } catch (Exception e) {
            throw new IllegalStateException("no class histogram", e);
        }
    }

    /**
     * With {@code -Dsessions.histogram=DIR}: the live objects by class (jcmd's GC.class_histogram) into
     * DIR/sessions-N-before.txt and DIR/sessions-N-with.txt, to see what a session holds.
     */
    private static void histogram(int n, String when) {
        var dir = System.getProperty("sessions.histogram", "");
        if (dir.isBlank()) {
            return;
        }
        try {
            var text = classHistogram();
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, "sessions-" + n + "-" + when + ".txt"), text);
        } catch (Exception e) {
            System.out.println("No histogram: " + e);
        }
    }

    private static <T> T as(String user, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_REVIEWER"), new SimpleGrantedAuthority("ROLE_EDITOR"))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
