package org.claimtrace.bench;

import org.claimtrace.report.ReportService;
import org.claimtrace.security.SystemTask;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Profile;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Sourcing reports on a generated corpus of 100,000 articles in 30 outlets over three years (2023-2025, the
 * largest outlet with about a sixth of them), 1,000,000 annotations (ten an article) and 200,000 claims (six in
 * ten annotations linked, three appearances a claim on average; one claim in a hundred with an editor's choice
 * of first appearance; one article in fifty a syndicated copy). Times the claim report and the article report
 * (random ones), the outlet report over 2024 (the largest outlet and a median one) and three outlets compared
 * over 2024 (the three largest), through ReportService in a Spring context without the web layer.
 *
 * <p>H2 (a file under target/bench-reports, kept between runs) unless CLAIMTRACE_BENCH_PG_URL names a
 * PostgreSQL database (user postgres, no password, or CLAIMTRACE_BENCH_PG_USER/_PASSWORD), which is filled once.
 */
public final class ReportsBenchmark {

    static final int ARTICLES = 100_000;
    static final int PER_ARTICLE = 10;
    static final int ANNOTATIONS = ARTICLES * PER_ARTICLE;
    static final int CLAIMS = 200_000;
    static final int OUTLETS = 30;
    static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    static final long SPAN_SECONDS = 3L * 365 * 24 * 3600;

    // only with its profile: the sessions benchmark starts the full application, whose scan would find this class too
    @Profile("reports-bench")
    @SpringBootConfiguration
    @EnableAutoConfiguration(excludeName = {"com.vaadin.flow.spring.SpringBootAutoConfiguration",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration", "com.vaadin.flow.spring.VaadinScopesConfig"})
    @EntityScan("org.claimtrace")
    @EnableJpaRepositories("org.claimtrace")
    @EnableMethodSecurity
    @ComponentScan(basePackages = {"org.claimtrace.article", "org.claimtrace.attribution", "org.claimtrace.annotation",
            "org.claimtrace.claim", "org.claimtrace.report", "org.claimtrace.review", "org.claimtrace.history",
            "org.claimtrace.base.live", "org.claimtrace.security"},
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {".*\\.ui\\..*", ".*SeedLoader",
                    "org\\.claimtrace\\.security\\.(?!CurrentUser$|UserAccountService$).*", ".*SuggestionService",
                    ".*CueDetectorConfig", ".*ReviewExport"}))
    // the page cache sized from the heap, as the application does (base.H2PageCache)
    @org.springframework.context.annotation.Import(org.claimtrace.base.H2PageCache.class)
    static class Reports {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var pg = System.getenv("CLAIMTRACE_BENCH_PG_URL");
        var db = pg == null || pg.isBlank() ? "h2" : "postgres";
        var properties = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.jpa.open-in-view=false", "--spring.jpa.hibernate.ddl-auto=validate"));
        if (db.equals("h2")) {
            // CLAIMTRACE_BENCH_H2_OPTIONS adds settings to the database address, e.g. ";CACHE_SIZE=262144" (KB)
            properties.add("--spring.datasource.url=jdbc:h2:file:" + Path.of("target", "bench-reports", "reports").toAbsolutePath()
                    + System.getenv().getOrDefault("CLAIMTRACE_BENCH_H2_OPTIONS", ""));
            properties.add("--spring.datasource.username=sa");
        } else {
            properties.add("--spring.datasource.url=" + pg + (pg.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
            properties.add("--spring.datasource.username=" + System.getenv().getOrDefault("CLAIMTRACE_BENCH_PG_USER", "postgres"));
            properties.add("--spring.datasource.password=" + System.getenv().getOrDefault("CLAIMTRACE_BENCH_PG_PASSWORD", ""));
        }
        long s0 = System.nanoTime();
        try (var context = new SpringApplicationBuilder(Reports.class).web(WebApplicationType.NONE).profiles("reports-bench")
                // the accounts service needs an encoder (the security configuration, which has it, is left out)
                .initializers(c -> c.getBeanFactory().registerSingleton("passwordEncoder",
                        org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder()))
                .run(properties.toArray(String[]::new))) {
            System.out.printf("reports: %s, Spring context in %.1f s%n", db, (System.nanoTime() - s0) / 1e9);
            var dataSource = context.getBean(DataSource.class);
            ensureCorpus(dataSource, db);
            run(db, context.getBean(ReportService.class), dataSource);
        }
    }

    private static void run(String db, ReportService reports, DataSource dataSource) throws SQLException {
        var random = new Random(42);
        long firstClaim = scalar(dataSource, "SELECT MIN(id) FROM claim");
        long firstArticle = scalar(dataSource, "SELECT MIN(id) FROM article");
        var bySize = outletsBySize(dataSource);
        long largest = bySize[0];
        long median = bySize[bySize.length / 2];
        var year2024 = new LocalDate[]{LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)};
        System.out.println("  (outlet reports: a year from 1 Jan 2024 plus the run's number of days; claims and articles at random)");
        if (db.equals("h2")) {
            System.out.printf("  H2 page cache %d MB; threads for an outlet pass: %s (claimtrace.reports.pass-threads; default the %d processors)%n",
                    scalar(dataSource, "SELECT CAST(SETTING_VALUE AS INT) FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'") / 1024,
                    System.getenv().getOrDefault("CLAIMTRACE_REPORTS_PASSTHREADS", "default"), Runtime.getRuntime().availableProcessors());
        }

        var claim = time(200, 1000, i -> SystemTask.run(() -> reports.claim(firstClaim + random.nextInt(CLAIMS))));
        var article = time(200, 1000, i -> SystemTask.run(() -> reports.article(firstArticle + random.nextInt(ARTICLES))));
        // a year starting a different day each run: no run can be answered from an earlier run's result (H2 reuses
        // the result of a repeated query over unchanged tables)
        var outlet = time(5, 20, i -> SystemTask.run(() -> reports.outlet(largest, yearFrom(i), yearFrom(i).plusYears(1).minusDays(1))));
        var outletMedian = time(5, 20, i -> SystemTask.run(() -> reports.outlet(median, yearFrom(i), yearFrom(i).plusYears(1).minusDays(1))));
        var compare = time(3, 10, i -> SystemTask.run(() -> reports.compare(List.of(bySize[0], bySize[1], bySize[2]), yearFrom(i),
                yearFrom(i).plusYears(1).minusDays(1))));

        var big = SystemTask.call(() -> reports.outlet(largest, year2024[0], year2024[1]));
        System.out.printf("  largest outlet in 2024: %,d articles, %,d annotations, %,d appearances of claims%n",
                big.articles(), big.claims(), big.relaying().appearances());
        print("claim report (random claims)", claim);
        print("article report (random articles)", article);
        print("outlet report, 2024, largest outlet", outlet);
        print("outlet report, 2024, median outlet", outletMedian);
        print("three largest outlets compared, 2024", compare);
        System.out.printf(Locale.ROOT, "reports: db=%s articles=%d annotations=%d claims=%d claim_p50_ms=%.1f claim_p95_ms=%.1f "
                        + "article_p50_ms=%.1f article_p95_ms=%.1f outlet_year_p50_ms=%.0f outlet_year_p95_ms=%.0f outlet_year_max_ms=%.0f "
                        + "median_outlet_year_p50_ms=%.0f compare3_year_p50_ms=%.0f compare3_year_p95_ms=%.0f compare3_year_max_ms=%.0f "
                        + "largest_outlet_annotations_2024=%d%n",
                db, ARTICLES, ANNOTATIONS, CLAIMS, claim.p(50), claim.p(95), article.p(50), article.p(95), outlet.p(50), outlet.p(95),
                outlet.max(), outletMedian.p(50), compare.p(50), compare.p(95), compare.max(), big.claims());
    }

    record Timings(double[] ms) {
        double p(int percentile) {
            return ms[Math.min(ms.length - 1, (int) Math.ceil(percentile / 100.0 * ms.length) - 1)];
        }

        double max() {
            return ms[ms.length - 1];
        }
    }

    private static LocalDate yearFrom(int run) {
        return LocalDate.of(2024, 1, 1).plusDays(run);
    }

    private static Timings time(int warmUp, int runs, java.util.function.IntConsumer work) {
        for (int i = 0; i < warmUp; i++) {
            work.accept(100 + i);
        }
        var ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.accept(i);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Timings(ms);
    }

    private static void print(String what, Timings t) {
        System.out.printf(Locale.ROOT, "  %-40s p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms   max %7.1f ms   (%d runs)%n",
                what, t.p(50), t.p(95), t.p(99), t.max(), t.ms().length);
    }

    private static long[] outletsBySize(DataSource dataSource) throws SQLException {
        try (var c = dataSource.getConnection(); var rs = c.createStatement().executeQuery(
                "SELECT outlet_id FROM article GROUP BY outlet_id ORDER BY COUNT(*) DESC, outlet_id")) {
            var ids = new ArrayList<Long>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    // ---- the corpus ----

    private static void ensureCorpus(DataSource dataSource, String db) throws SQLException {
        if (scalar(dataSource, "SELECT COUNT(*) FROM claim_annotation") == ANNOTATIONS
                && scalar(dataSource, "SELECT COUNT(*) FROM claim") == CLAIMS) {
            return;
        }
        long t0 = System.nanoTime();
        System.out.printf("reports: generating %,d articles, %,d annotations, %,d claims (once; kept)%n", ARTICLES, ANNOTATIONS, CLAIMS);
        try (var c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            var st = c.createStatement();
            st.execute("DELETE FROM claim_annotation");
            st.execute("DELETE FROM claim");
            st.execute("UPDATE article SET near_duplicate_of = NULL");
            st.execute("DELETE FROM article_revision");
            st.execute("DELETE FROM article");
            st.execute("DELETE FROM outlet");
            c.commit();
            generate(c);
            c.commit();
        }
        if (db.equals("postgres")) {
            try (var c = dataSource.getConnection()) {
                c.createStatement().execute("VACUUM ANALYZE");
            }
        }
        System.out.printf("reports: generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static final String[] TYPES = {"ANONYMOUS_VAGUE", "UNATTRIBUTED", "NAMED_PERSON", "NAMED_INSTITUTION", "ANONYMOUS_DESCRIBED",
            "OTHER_OUTLET", "INTELLIGENCE", "DOCUMENT", "STATE_MEDIA", "OWN_REPORTING", "SOCIAL_POST"};
    private static final int[] TYPE_WEIGHTS = {20, 20, 15, 10, 8, 8, 5, 5, 4, 3, 2};
    private static final String[] WORDS = ("the minister said talks on the grain corridor would resume next week after officials "
            + "in the capital reported progress on shipping insurance and port inspections while analysts warned of delays").split(" ");

    private static void generate(Connection c) throws SQLException {
        var random = new Random(15);
        var now = Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));
        var outletNames = new String[OUTLETS];
        try (var insert = c.prepareStatement("INSERT INTO outlet (name, kind) VALUES (?, ?)")) {
            for (int i = 0; i < OUTLETS; i++) {
                outletNames[i] = i < 3 ? "Bench Wire " + (char) ('A' + i) : String.format("Bench Daily %02d", i);
                insert.setString(1, outletNames[i]);
                insert.setString(2, i < 3 ? "WIRE_SERVICE" : "NEWSPAPER");
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long firstOutlet = scalar(c, "SELECT MIN(id) FROM outlet");
        var weights = new double[OUTLETS];
        double total = 0;
        for (int i = 0; i < OUTLETS; i++) {
            weights[i] = 1 / Math.pow(i + 1, 0.8);
            total += weights[i];
        }
        try (var insert = c.prepareStatement("INSERT INTO article (outlet_id, headline, published_at, published_zone, url, language, "
                + "text, content_hash, created_at, created_by) VALUES (?, ?, ?, 'UTC', ?, 'en', ?, ?, ?, 'bench')")) {
            for (int i = 0; i < ARTICLES; i++) {
                double pick = random.nextDouble() * total;
                int outlet = 0;
                while (outlet < OUTLETS - 1 && (pick -= weights[outlet]) > 0) {
                    outlet++;
                }
                insert.setLong(1, firstOutlet + outlet);
                insert.setString(2, "Bench story " + i);
                insert.setTimestamp(3, Timestamp.from(START.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS))));
                insert.setString(4, "https://example.org/bench/" + i);
                insert.setString(5, articleText(random, i));
                insert.setString(6, String.format("%064x", i));
                insert.setTimestamp(7, now);
                insert.addBatch();
                if (i % 2_000 == 1_999) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        long firstArticle = scalar(c, "SELECT MIN(id) FROM article");
        // one article in fifty is a syndicated copy of the one stored before it
        c.createStatement().execute("UPDATE article SET near_duplicate_of = id - 1, near_duplicate_similarity = 0.9 WHERE MOD(id, 50) = 0 AND id > "
                + firstArticle);
        c.commit();
        try (var insert = c.prepareStatement("INSERT INTO claim (short_text, created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, ?, 'bench', ?, 'bench')")) {
            for (int i = 0; i < CLAIMS; i++) {
                insert.setString(1, "Bench claim " + i);
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        long firstClaim = scalar(c, "SELECT MIN(id) FROM claim");
        insertAnnotations(c, random, firstArticle, firstClaim, outletNames, now);
        // each annotation keeps its article's publication time, as the application stores it
        c.createStatement().execute("UPDATE claim_annotation SET article_published_at = (SELECT a.published_at FROM article a "
                + "WHERE a.id = claim_annotation.article_id)");
        // and its flags for the reports, as the application keeps them from the free texts (V12_3)
        c.createStatement().execute("UPDATE claim_annotation SET reason_stated = (anonymity_reason IS NOT NULL AND TRIM(anonymity_reason) <> ''), "
                + "relay_named = (relayed_via IS NOT NULL AND TRIM(relayed_via) <> '') WHERE anonymity_reason IS NOT NULL OR relayed_via IS NOT NULL");
        c.commit();
        // one claim in a hundred: an editor chose its latest-linked appearance as the first
        c.createStatement().execute("UPDATE claim SET first_appearance_id = (SELECT MAX(a.id) FROM claim_annotation a WHERE a.claim_id = claim.id), "
                + "first_appearance_reason = 'bench' WHERE MOD(id, 100) = 0");
        c.commit();
    }

    private static void insertAnnotations(Connection c, Random random, long firstArticle, long firstClaim, String[] outletNames,
                                          Timestamp now) throws SQLException {
        int typeTotal = Arrays.stream(TYPE_WEIGHTS).sum();
        long linked = 0;
        try (var insert = c.prepareStatement("INSERT INTO claim_annotation (article_id, start_offset, end_offset, quote, prefix, suffix, "
                + "anchor_state, type_code, cue, source_as_written, on_record, anonymity_reason, relayed_via, stance, claim_id, linked_by, "
                + "linked_at, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, '', '', 'ANCHORED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, 'bench', ?, 'bench')")) {
            for (int i = 0; i < ANNOTATIONS; i++) {
                int pick = random.nextInt(typeTotal);
                int t = 0;
                while ((pick -= TYPE_WEIGHTS[t]) >= 0) {
                    t++;
                }
                var type = TYPES[t];
                var quote = quote(random);
                int start = (i % PER_ARTICLE) * 60;
                boolean anonymous = type.startsWith("ANONYMOUS_");
                insert.setLong(1, firstArticle + i / PER_ARTICLE);
                insert.setInt(2, start);
                insert.setInt(3, start + quote.length());
                insert.setString(4, quote);
                insert.setString(5, type);
                insert.setString(6, type.equals("OTHER_OUTLET") ? "reportedly" : type.equals("UNATTRIBUTED") ? null : "said");
                insert.setString(7, anonymous ? (type.equals("ANONYMOUS_VAGUE") ? "officials" : "two officials briefed on the talks")
                        : type.startsWith("NAMED_") ? "Minister Jane Doe" : null);
                insert.setString(8, random.nextBoolean() ? null : anonymous ? "ANONYMOUS" : type.startsWith("NAMED_") ? "ON_RECORD" : null);
                insert.setString(9, anonymous && random.nextInt(10) < 3 ? "not authorized to discuss the talks" : null);
                insert.setString(10, type.equals("OTHER_OUTLET") && random.nextBoolean() ? outletNames[random.nextInt(outletNames.length)] : null);
                insert.setString(11, random.nextInt(10) == 0 ? "HEDGED" : null);
                Long claim = null;
                if (random.nextInt(10) < 6) {
                    claim = firstClaim + (linked < CLAIMS ? linked : random.nextInt(CLAIMS));
                    linked++;
                }
                insert.setObject(12, claim);
                insert.setString(13, claim == null ? null : "editor");
                insert.setTimestamp(14, claim == null ? null : now);
                insert.setTimestamp(15, now);
                insert.setTimestamp(16, now);
                insert.addBatch();
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    private static String quote(Random random) {
        var quote = new StringBuilder();
        for (int w = 0; w < 8 + random.nextInt(8); w++) {
            quote.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return quote.toString();
    }

    private static String articleText(Random random, int i) {
        var text = new StringBuilder();
        for (int p = 0; p < 5; p++) {
            text.append(p == 0 ? "" : "\n\n").append(quote(random)).append(", officials said. ").append(quote(random)).append('.');
            if (p == 2 && i % 3 == 0) {
                text.append(" The officials were not authorized to discuss the talks.");
            }
        }
        return text.toString();
    }

    private static long scalar(DataSource dataSource, String sql) throws SQLException {
        try (var c = dataSource.getConnection()) {
            return scalar(c, sql);
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
