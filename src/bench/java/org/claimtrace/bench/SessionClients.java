package org.claimtrace.bench;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Logged-in users as Vaadin's browser client is to the server, without a browser: per user the login form (GET /login
 * for the session cookie and the CSRF token of its page, POST /login), the view's page, the {@code ?v-r=init} request
 * that creates the UI (its id, push id and security key), the push WebSocket (Atmosphere's handshake as
 * {@code vaadinPush.js} does it: {@code X-Atmosphere-Transport=websocket}; each WebSocket message, in one or more
 * frames, is one message of Vaadin's), and the
 * {@code ui-navigate} event that Flow's router sends to show the route. Each pushed message is scanned for the
 * benchmark's markers (a verdict's rationale "bench-k rationale", an annotation id in a highlight's {@code data-ids}) and
 * the first arrival of each noted per user. Heartbeats keep the UIs alive as a browser's would.
 *
 * <p>Runs in a process of its own so that the server's heap holds only the server's side of each session. Driven by
 * lines on standard input; answers on standard output (see {@link #main}).
 */
public final class SessionClients {

    private static final Pattern RATIONALE = Pattern.compile("bench-(\\d+) rationale");
    // the article's markup travels as a JSON string: data-ids=\"12 13\"
    private static final Pattern IDS = Pattern.compile("data-ids=\\\\\"([^\\\\\"]*)\\\\\"");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final boolean DEBUG = Boolean.getBoolean("sessions.debug");

    private final String base;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(30)).build();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
    private final List<Client> clients = new ArrayList<>();

    private SessionClients(String base, String password) {
        this.base = base;
        this.password = password;
    }

    /**
     * Arguments: base URL, password, the users (comma-separated), the route and query to open. Prints {@code READY}
     * once all are on the view. Then, one command a line: {@code await KEY MILLIS} (answers {@code DONE KEY missing=M}
     * when every user has seen KEY, or M had not when MILLIS passed), {@code navigate ROUTE QUERY} (every user follows
     * a link there; answers {@code NAVIGATED failed=F}), {@code dump} (one {@code SEEN KEY USER EPOCHMILLIS} line per
     * first arrival, then {@code END}; forgets them), {@code quit} (logs every user out).
     */
    public static void main(String[] args) throws Exception {
        var self = new SessionClients(args[0], args[1]);
        var users = args[2].split(",");
        var failures = new AtomicInteger();
        for (var user : users) {
            var client = self.new Client(user);
            try {
                client.open(args[3], args.length > 4 ? args[4] : "");
                self.clients.add(client);
            } catch (Exception e) {
                failures.incrementAndGet();
                System.err.println(user + ": " + e);
            }
        }
        self.heartbeats.scheduleAtFixedRate(self::beat, 60, 60, TimeUnit.SECONDS);
        System.out.println("READY failed=" + failures.get());
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            var words = line.strip().split(" ");
            switch (words[0]) {
                case "await" -> System.out.println("DONE " + words[1] + " missing=" + self.await(words[1], Long.parseLong(words[2])));
                case "navigate" -> {
                    int failed = 0;
                    for (var client : self.clients) {
                        try {
                            client.navigate(words[1], words.length > 2 ? words[2] : "", "link");
                        } catch (Exception e) {
                            failed++;
                            System.err.println(client.user + ": " + e);
                        }
                    }
                    System.out.println("NAVIGATED failed=" + failed);
                }
                case "dump" -> {
                    for (var client : self.clients) {
                        client.seen.forEach((key, at) -> System.out.println("SEEN " + key + " " + client.user + " " + at));
                        client.seen.clear();
                    }
                    System.out.println("END");
                }
                case "quit" -> {
                    for (var client : self.clients) {
                        client.close();
                    }
                    System.out.println("BYE");
                    System.exit(0);
                }
                default -> System.out.println("UNKNOWN " + line);
            }
            System.out.flush();
        }
    }

    private int await(String key, long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (true) {
            int missing = (int) clients.stream().filter(c -> !c.seen.containsKey(key)).count();
            if (missing == 0 || System.currentTimeMillis() >= until) {
                return missing;
            }
            Thread.sleep(5);
        }
    }

    private void beat() {
        for (var client : clients) {
            client.heartbeat();
        }
    }

    /** One user: its session cookie, its UI and the push connection to it. */
    private final class Client implements WebSocket.Listener {

        final String user;
        final Map<String, Long> seen = new ConcurrentHashMap<>();
        private String cookie;
        private String csrf;
        private int uiId;
        private String securityKey;
        private volatile int syncId;
        private int clientId;
        private WebSocket socket;
        private volatile boolean closing;
        private final StringBuilder frame = new StringBuilder();

        Client(String user) {
            this.user = user;
        }

        void open(String route, String query) throws Exception {
            // the login page: a session and the CSRF token the login form posts back
            var login = get("/login");
            csrf = csrfOf(login.body());
            var form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
            var posted = send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            var location = posted.headers().firstValue("Location").orElse("");
            if (posted.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
                throw new IllegalStateException("login refused: " + posted.statusCode() + " " + location);
            }
            // the page (index.html, its CSRF token renewed after login), then the UI as Flow's client creates it
            var page = get("/" + route + (query.isEmpty() ? "" : "?" + query));
            csrf = csrfOf(page.body());
            var init = get("/?v-r=init&location=" + enc(route) + "&query=" + enc(query)
                    + "&v-sw=1280&v-sh=900&v-wn=bench-" + user + "&v-tzo=0&v-dst=0&v-rtzo=0&v-tzid=UTC&v-td=false&v-curdate=0");
            var config = JSON.readTree(init.body()).get("appConfig");
            uiId = config.get("v-uiId").asInt();
            var uidl = config.get("uidl");
            securityKey = uidl.get("Vaadin-Security-Key").asString();
            syncId = uidl.path("syncId").asInt(-1);
            var pushId = uidl.get("Vaadin-Push-ID").asString();
            var push = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + enc(pushId)
                    + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                    + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId
                    + "&Content-Type=" + enc("application/json; charset=UTF-8");
            socket = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(URI.create(push), this).get(60, TimeUnit.SECONDS);
            navigate(route, query, "");
        }

        /** The event Flow's router sends for a navigation; the answer (the view's components) comes in the response. */
        void navigate(String route, String query, String trigger) throws Exception {
            var data = JSON.createObjectNode().put("route", route).put("query", query).put("appShellTitle", "").put("trigger", trigger);
            data.putObject("historyState").put("idx", 0).put("key", "default");
            var rpc = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
            rpc.set("data", data);
            var response = uidl(rpc);
            if (!response.contains("\"syncId\"")) {
                throw new IllegalStateException("navigation to " + route + " answered " + response);
            }
            // Vaadin keeps each UI's last response to resend it if it was lost; a browser's later messages (a grid's
            // rows, sizes, focus) soon replace the whole view that the navigation answered with a small one. One message
            // without invocations does the same here.
            uidl(null);
        }

        private synchronized String uidl(ObjectNode rpc) throws Exception {
            var message = JSON.createObjectNode().put("csrfToken", securityKey);
            var invocations = message.putArray("rpc");
            if (rpc != null) {
                invocations.add(rpc);
            }
            message.put("syncId", syncId).put("clientId", clientId++);
            var response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("UIDL answered " + response.statusCode());
            }
            received(response.body());
            return response.body();
        }

        void heartbeat() {
            try {
                send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId)).POST(HttpRequest.BodyPublishers.noBody()));
            } catch (Exception e) {
                System.err.println(user + " heartbeat: " + e);
            }
        }

        void close() {
            closing = true;
            try {
                if (socket != null) {
                    socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
                }
                send(HttpRequest.newBuilder(URI.create(base + "/logout")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf))));
            } catch (Exception e) {
                System.err.println(user + " logout: " + e);
            }
        }

        // --- the push connection ---

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long at = System.currentTimeMillis();
            synchronized (this) {
                if (DEBUG) {
                    System.err.println(user + " frame " + data.length() + " last=" + last + ": " + data.subSequence(0, Math.min(100, data.length())));
                }
                frame.append(data);
                if (last) {
                    // a whole message of Vaadin's (the first one is Atmosphere's "uuid|0|X|" handshake)
                    scan(frame.toString(), at);
                    frame.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        private void received(String body) {
            scan(body, System.currentTimeMillis());
        }

        private void scan(String message, long at) {
            if (DEBUG) {
                System.err.println(user + " <- " + message.length() + ": " + message.substring(0, Math.min(600, message.length())));
            }
            var verdicts = RATIONALE.matcher(message);
            while (verdicts.find()) {
                seen.putIfAbsent("r" + verdicts.group(1), at);
            }
            var ids = IDS.matcher(message);
            while (ids.find()) {
                for (var id : ids.group(1).split(" ")) {
                    if (!id.isBlank()) {
                        seen.putIfAbsent("a" + id, at);
                    }
                }
            }
            var sync = SYNC_ID.matcher(message);
            if (sync.find()) {
                syncId = Math.max(syncId, Integer.parseInt(sync.group(1)));
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!closing) {
                System.err.println(user + ": push closed by the server " + statusCode + " " + reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            System.err.println(user + ": push failed " + error);
        }

        // --- HTTP with this user's cookie ---

        private HttpResponse<String> get(String path) throws Exception {
            var response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            var response = http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
            return response;
        }
    }

    private static String csrfOf(String html) {
        var m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
