package org.claimtrace.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.OutletKind;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.base.RejectedException;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.report.AnonymityAudit.Answer;
import org.claimtrace.report.AnonymityAudit.Question;
import org.claimtrace.review.EvidenceLink;
import org.claimtrace.review.ItemChange;
import org.claimtrace.review.ItemStatus;
import org.claimtrace.review.NewSession;
import org.claimtrace.review.ReviewFixtures;
import org.claimtrace.review.ReviewService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.claimtrace.security.UserAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reports on the seed articles, annotated as in the hand annotation, and on small made-up corpora for
 * relays. A context of its own ({@code claimtrace.test.context=reports}): the seeds are annotated here, and
 * other test classes expect them bare.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "claimtrace.test.context=reports")
class ReportServiceTest {

    static final LocalDate SEPTEMBER_1 = LocalDate.of(2023, 9, 1);
    static final LocalDate SEPTEMBER_30 = LocalDate.of(2023, 9, 30);

    @Autowired
    ReportService reports;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ClaimService claims;
    @Autowired
    ReviewService reviewService;
    @Autowired
    UserAccountService accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    ReportQueries queries;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    SeedSourcing.Seeds seeds;

    @BeforeEach
    void annotatedSeeds() {
        seeds = SeedSourcing.prepare(articles, annotations, claims);
    }

    private ClaimSourcingReport claimReport(long id) {
        return SystemTask.call(() -> reports.claim(id));
    }

    private static List<SourcingFlag> codes(ClaimSourcingReport report) {
        return report.flags().stream().map(ReportFlag::code).toList();
    }

    @Test
    void theNscStatementNamedInTheTimesAndAnonymousInGzeroIsFlaggedAnonymityChanged() {
        var report = claimReport(seeds.statement());

        assertThat(codes(report)).contains(SourcingFlag.ANONYMITY_CHANGED).doesNotContain(SourcingFlag.NO_ON_RECORD_SOURCE);
        var flag = report.flags().stream().filter(f -> f.code() == SourcingFlag.ANONYMITY_CHANGED).findFirst().orElseThrow();
        assertThat(flag.message()).isEqualTo("On the record in The New York Times (\u201cshe\u201d), anonymous in GZERO Media "
                + "(\u201ca US official\u201d). Named first, anonymous later.");
        assertThat(report.appearances()).extracting(a -> a.outlet().name() + ": " + a.onRecord())
                .containsExactly("The New York Times: ON_RECORD", "GZERO Media: ANONYMOUS");
    }

    @Test
    void theFirstAppearanceOfTheNscStatementIsTheTimesWithItsEvidence() {
        var first = claimReport(seeds.statement()).firstAppearance();

        assertThat(first.outlet().name()).isEqualTo(SeedSourcing.NYT);
        assertThat(first.articleId()).isEqualTo(seeds.nyt());
        assertThat(first.quote()).startsWith("We urge the D.P.R.K.");
        assertThat(first.evidence()).isEqualTo("Earliest publication time of 2 dated appearances: The New York Times, 4 Sep 2023, 18:30 EDT");
        assertThat(first.chosenByEditor()).isFalse();
    }

    @Test
    void perTypeCountsOfEachSeedArticleEqualWhatWasAnnotated() {
        for (var seed : Map.of(seeds.nyt(), SeedSourcing.NYT_FILE, seeds.gzero(), SeedSourcing.GZERO_FILE).entrySet()) {
            var report = SystemTask.call(() -> reports.article(seed.getKey()));
            var annotated = SeedSourcing.gold(seed.getValue()).stream()
                    .collect(Collectors.groupingBy(SeedSourcing.Gold::type, Collectors.counting()));
            var stored = SystemTask.call(() -> annotations.forArticle(seed.getKey())).stream()
                    .collect(Collectors.groupingBy(a -> a.getAttribution().getTypeCode(), Collectors.counting()));

            assertThat(report.mix().stream().collect(Collectors.toMap(TypeShare::code, TypeShare::count))).isEqualTo(annotated).isEqualTo(stored);
            assertThat(report.claims()).isEqualTo(SeedSourcing.gold(seed.getValue()).size());
            assertThat(report.mix().stream().mapToDouble(TypeShare::share).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(report.unattributed()).isEqualTo(annotated.getOrDefault("UNATTRIBUTED", 0L));
        }
    }

    @Test
    void theTimesArticleReportCountsOnRecordAnonymousAndScoresTransparency() {
        var report = SystemTask.call(() -> reports.article(seeds.nyt()));
        var gold = SeedSourcing.gold(SeedSourcing.NYT_FILE);
        long anonymous = gold.stream().filter(g -> g.type().startsWith("ANONYMOUS_")).count();
        long onRecord = gold.stream().filter(g -> SourcingStatus.ON_RECORD_TYPES.contains(g.type())).count();

        assertThat(report.anonymous()).isEqualTo(anonymous);
        assertThat(report.anonymousWithoutReason()).isEqualTo(anonymous);
        assertThat(report.onRecord()).isEqualTo(onRecord);
        assertThat(report.onRecordShare()).isEqualTo((double) onRecord / gold.size());
        // named on the record: Kirby, Watson, North Korean state news ("she" is no name)
        assertThat(report.transparency().namedSources()).isEqualTo(3);
        assertThat(report.transparency().score()).isEqualTo(Transparency.of(3, anonymous,
                gold.stream().filter(g -> g.type().equals("ANONYMOUS_DESCRIBED")).count(), report.unattributed(), gold.size()).score());
        assertThat(report.outlet().name()).isEqualTo(SeedSourcing.NYT);
    }

    @Test
    void theTripCarriedReportedlyByGzeroHasOneIndependentOriginOnceTheRelayCollapses() {
        var report = claimReport(seeds.trip());

        assertThat(report.independence().summary()).isEqualTo("2 outlets, 1 independent origin");
        assertThat(report.independence().originNames()).containsExactly(SeedSourcing.NYT);
        assertThat(codes(report)).containsExactlyInAnyOrder(SourcingFlag.SINGLE_ORIGIN, SourcingFlag.NO_ON_RECORD_SOURCE);
        var gzero = report.appearances().stream().filter(a -> a.outlet().name().equals(SeedSourcing.GZERO)).findFirst().orElseThrow();
        assertThat(gzero.relays()).isTrue();
        assertThat(gzero.relayChain()).containsExactly(SeedSourcing.GZERO, SeedSourcing.NYT);
        assertThat(report.independence().edges()).singleElement().satisfies(e -> assertThat(e.how()).contains("reportedly"));
    }

    @Test
    void aClaimCarriedOnlyReportedlyIsSingleOriginOnceRelaysCollapse() {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var sentence = "The harbour will close for a month, reportedly, run " + run;
        var members = java.util.stream.IntStream.rangeClosed(1, 3).mapToObj(i -> SeedSourcing.carried(articles, annotations,
                "Reportedly Outlet " + i + " " + run, sentence, i, SeedSourcing.attribution("OTHER_OUTLET", "reportedly", null))).toList();
        long claim = SystemTask.call(() -> claims.create("The harbour will close " + run, members.stream().map(ClaimAnnotation::getId).toList()).getId());

        var report = claimReport(claim);

        assertThat(report.independence().outlets()).isEqualTo(3);
        assertThat(report.independence().origins()).isEqualTo(1);
        assertThat(report.independence().summary()).isEqualTo("3 outlets, 1 independent origin");
        assertThat(codes(report)).contains(SourcingFlag.SINGLE_ORIGIN, SourcingFlag.HEDGED_ONLY, SourcingFlag.NO_ON_RECORD_SOURCE);
    }

    @Test
    void threeOutletsCitingEachOtherInALoopAreFlaggedCircular() {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var names = List.of("Loop Alpha " + run, "Loop Beta " + run, "Loop Gamma " + run);
        var sentence = "The minister will resign next week, run " + run;
        var members = java.util.stream.IntStream.range(0, 3).mapToObj(i -> SeedSourcing.carried(articles, annotations, names.get(i),
                sentence, i + 1, SeedSourcing.attribution("OTHER_OUTLET", "according to", names.get((i + 1) % 3)))).toList();
        long claim = SystemTask.call(() -> claims.create("The minister will resign " + run, members.stream().map(ClaimAnnotation::getId).toList()).getId());

        var report = claimReport(claim);

        assertThat(codes(report)).contains(SourcingFlag.CIRCULAR).doesNotContain(SourcingFlag.SINGLE_ORIGIN);
        assertThat(report.independence().origins()).isZero();
        assertThat(report.independence().summary()).isEqualTo("3 outlets, 0 independent origins, and a relay loop with no origin");
        var circular = report.flags().stream().filter(f -> f.code() == SourcingFlag.CIRCULAR).findFirst().orElseThrow();
        assertThat(circular.message()).startsWith(names.get(0) + ", " + names.get(1) + " and " + names.get(2) + " cite each other");
        assertThat(report.independence().edges()).hasSize(3);
    }

    @Test
    void aSyndicatedCopyCountsAsTheOriginalsOrigin() {
        var run = UUID.randomUUID().toString().substring(0, 8);
        // the run's name in every sentence: a database kept across runs holds earlier runs' stories, which must not be
        // nearer duplicates of this copy than its own original
        var story = "SEOUL (Wire) \u2014 The port of " + run + " will reopen on Monday after repairs to its breakwater, the " + run
                + " port authority said on Friday. Fishing boats of " + run + " will return to their moorings and the " + run
                + " ferry timetable will resume, officials said. The repairs in " + run + " took six weeks and cost more than "
                + run + " had planned, according to the harbour master.";
        var wire = SystemTask.call(() -> articles.importArticle(new ArticleDraft("Syndication Wire " + run, OutletKind.WIRE_SERVICE,
                "Port reopens " + run, null, null, null, "en", story)));
        var copy = SystemTask.call(() -> articles.importArticle(new ArticleDraft("Syndication Gazette " + run, OutletKind.NEWSPAPER,
                "Harbour to reopen " + run, null, null, null, "en", "By Wire staff\n\n" + story)));
        assertThat(copy.getNearDuplicateOf()).contains(wire.getId());
        var sentence = "The port of " + run + " will reopen on Monday";
        var members = java.util.stream.Stream.of(wire, copy).map(a -> SystemTask.call(() -> annotations.create(a.getId(),
                a.getText().indexOf(sentence), a.getText().indexOf(sentence) + sentence.length(), new Attribution("NAMED_INSTITUTION")))).toList();
        long claim = SystemTask.call(() -> claims.create("Port reopens " + run, members.stream().map(ClaimAnnotation::getId).toList()).getId());

        var report = claimReport(claim);

        assertThat(report.independence().summary()).isEqualTo("2 outlets, 1 independent origin");
        assertThat(report.independence().edges()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(RelayGraph.EdgeKind.COPIES);
            assertThat(e.from()).isEqualTo("Syndication Gazette " + run);
        });
        assertThat(report.appearances()).filteredOn(a -> a.syndicatedCopyOf() != null).singleElement()
                .satisfies(a -> assertThat(a.syndicatedCopyOf()).isEqualTo(wire.getId()));
    }

    @Test
    void theAnonymityAuditAnswersEachApQuestionWithTheArticlesWords() {
        var trip = claimReport(seeds.trip());
        var times = trip.anonymityAudit().stream().filter(r -> r.outlet().name().equals(SeedSourcing.NYT)).findFirst().orElseThrow();
        var answers = times.answers().stream().collect(Collectors.toMap(AnonymityAudit.Finding::question, Function.identity()));

        assertThat(times.sourceAsWritten()).isEqualTo("American and allied officials");
        assertThat(answers.get(Question.SPECIFIC_DESCRIPTION).answer()).isEqualTo(Answer.NO);
        assertThat(answers.get(Question.REASON_STATED).answer()).isEqualTo(Answer.YES);
        assertThat(answers.get(Question.REASON_STATED).words()).contains("the officials describing it were not authorized to discuss it");
        assertThat(answers.get(Question.INFORMATION_NOT_OPINION).answer()).isEqualTo(Answer.YES);
        // GZERO relays it ("reportedly"): not anonymous, so not audited
        assertThat(trip.anonymityAudit()).hasSize(1);

        var statement = claimReport(seeds.statement());
        var gzero = statement.anonymityAudit().getFirst();
        assertThat(gzero.outlet().name()).isEqualTo(SeedSourcing.GZERO);
        assertThat(gzero.answers()).extracting(AnonymityAudit.Finding::answer).containsExactly(Answer.NO, Answer.NO, Answer.NO, Answer.YES);
    }

    @Test
    void theArticleReportSaysWhichOutletsCarryItsClaimsAndWhoWasFirst() {
        var times = SystemTask.call(() -> reports.article(seeds.nyt()));
        var gzero = SystemTask.call(() -> reports.article(seeds.gzero()));

        assertThat(times.carriedElsewhere()).extracting(ArticleSourcingReport.CarriedElsewhere::claimId)
                .containsExactlyInAnyOrder(seeds.trip(), seeds.statement(), seeds.forum());
        assertThat(times.carriedElsewhere()).allSatisfy(c -> {
            assertThat(c.outlets()).extracting(o -> o.outlet().name()).containsExactly(SeedSourcing.NYT, SeedSourcing.GZERO);
            assertThat(c.firstOutlet().name()).isEqualTo(SeedSourcing.NYT);
            assertThat(c.thisArticleFirst()).isTrue();
        });
        assertThat(gzero.carriedElsewhere()).noneMatch(ArticleSourcingReport.CarriedElsewhere::thisArticleFirst);
    }

    @Test
    void theDatabasesFirstAppearanceAgreesWithTheClaimsOwnRuleAlsoWhenAnEditorChoseAnother() {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var sentence = "The dam will be repaired by spring, run " + run;
        var early = SeedSourcing.carried(articles, annotations, "Early Outlet " + run, sentence, 2, new Attribution("NAMED_INSTITUTION"));
        var late = SeedSourcing.carried(articles, annotations, "Late Outlet " + run, sentence, 9, new Attribution("NAMED_INSTITUTION"));
        long claim = SystemTask.call(() -> claims.create("Dam repaired by spring " + run, List.of(early.getId(), late.getId())).getId());

        assertThat(firstInArticleReport(late.getArticleId(), claim)).isEqualTo(early.getArticleId()).isEqualTo(firstByClaimService(claim));

        SystemTask.run(() -> claims.chooseFirstAppearance(claim, claims.find(claim).orElseThrow().getVersion(), late.getId(),
                "The early outlet's timestamp is its last update, not its first publication"));

        assertThat(firstInArticleReport(early.getArticleId(), claim)).isEqualTo(late.getArticleId()).isEqualTo(firstByClaimService(claim));
        assertThat(claimReport(claim).firstAppearance().chosenByEditor()).isTrue();
    }

    @Test
    void theStoredReasonAndRelayFlagsFollowEveryEditAndTheOutletReportCountsThem() {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var sentence = "The port will reopen on Monday, run " + run;
        var anonymous = new Attribution("ANONYMOUS_DESCRIBED");
        anonymous.setCue("said");
        anonymous.setAnonymityReason("not authorized to speak publicly");
        anonymous.setRelayedVia("Reuters");
        var made = SeedSourcing.carried(articles, annotations, "Flags Outlet " + run, sentence, 5, anonymous);
        var other = SeedSourcing.carried(articles, annotations, "Flags Other " + run, sentence, 4, new Attribution("NAMED_PERSON"));
        SystemTask.run(() -> claims.create("Port reopens Monday " + run, List.of(made.getId(), other.getId())));
        long outlet = outletId(made.getArticleId());
        var september = (java.util.function.Supplier<OutletSourcingReport>) () -> SystemTask.call(() ->
                reports.outlet(outlet, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30)));

        assertThat(storedFlags(made.getId())).isEqualTo("reason=true relay=true");
        assertThat(september.get().anonymousWithReason()).isEqualTo(1);
        assertThat(september.get().relaying().relays()).isEqualTo(1);

        // the editor blanks the reason and drops the relay: the flags and the report follow
        var edited = made.getAttribution();
        edited.setAnonymityReason("   ");
        edited.setRelayedVia(null);
        SystemTask.run(() -> annotations.update(made.getId(), annotations.find(made.getId()).orElseThrow().getVersion(), edited));
        assertThat(storedFlags(made.getId())).isEqualTo("reason=false relay=false");
        assertThat(september.get().anonymousWithReason()).isZero();
        assertThat(september.get().relaying().relays()).isZero();

        // and back: a relay named again, a reason stated again
        var again = SystemTask.call(() -> annotations.find(made.getId()).orElseThrow().getAttribution());
        again.setRelayedVia("AP");
        again.setAnonymityReason("fear of reprisal");
        SystemTask.run(() -> annotations.update(made.getId(), annotations.find(made.getId()).orElseThrow().getVersion(), again));
        assertThat(storedFlags(made.getId())).isEqualTo("reason=true relay=true");
        assertThat(september.get().anonymousWithReason()).isEqualTo(1);
        assertThat(september.get().relaying().relays()).isEqualTo(1);
    }

    private String storedFlags(long annotationId) {
        return jdbc.sql("SELECT reason_stated, relay_named FROM claim_annotation WHERE id = :id").param("id", annotationId)
                .query((rs, n) -> "reason=" + rs.getBoolean(1) + " relay=" + rs.getBoolean(2)).single();
    }

    @Test
    void theOutletReportsFirstAppearancesFollowTheClaimsOwnRuleThroughTiesUndatedAndDeletedAppearances() {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var sentence = "The bridge toll will double in June, run " + run;
        var institution = new Attribution("NAMED_INSTITUTION");
        // the same minute in two outlets: the lower annotation id is first; a later one; one undated
        var tieLow = SeedSourcing.carried(articles, annotations, "Tie Low " + run, sentence, 3, institution);
        var tieHigh = SeedSourcing.carried(articles, annotations, "Tie High " + run, sentence, 3, institution);
        var later = SeedSourcing.carried(articles, annotations, "Later " + run, sentence, 8, institution);
        var undated = SystemTask.call(() -> {
            var article = articles.importArticle(new ArticleDraft("Undated " + run, OutletKind.NEWSPAPER, "Undated " + run, null, null,
                    "https://example.org/" + UUID.randomUUID(), "en", sentence + "\n\n" + SeedSourcing.filler()));
            return annotations.create(article.getId(), 0, sentence.length(), institution);
        });
        long claim = SystemTask.call(() -> claims.create("Bridge toll doubles " + run,
                List.of(later.getId(), undated.getId(), tieHigh.getId(), tieLow.getId())).getId());
        var outlets = List.of(tieLow, tieHigh, later, undated).stream().map(a -> outletId(a.getArticleId())).toList();

        // each annotation keeps its article's publication time (undated: none)
        for (var a : List.of(tieLow, tieHigh, later, undated)) {
            assertThat(jdbc.sql("SELECT article_published_at FROM claim_annotation WHERE id = :id").param("id", a.getId())
                    .query(java.time.OffsetDateTime.class).optional().map(java.time.OffsetDateTime::toInstant))
                    .isEqualTo(SystemTask.call(() -> articles.find(a.getArticleId()).orElseThrow().getPublished().map(java.time.ZonedDateTime::toInstant)));
        }
        assertThat(firstsByOutlet(outlets)).containsExactly(1L, 0L, 0L, 0L);
        assertThat(firstByClaimService(claim)).isEqualTo(tieLow.getArticleId()).isEqualTo(firstInArticleReport(later.getArticleId(), claim));

        SystemTask.run(() -> annotations.delete(tieLow.getId(), annotations.find(tieLow.getId()).orElseThrow().getVersion()));
        assertThat(firstsByOutlet(outlets)).containsExactly(0L, 1L, 0L, 0L);
        assertThat(firstByClaimService(claim)).isEqualTo(tieHigh.getArticleId()).isEqualTo(firstInArticleReport(later.getArticleId(), claim));

        SystemTask.run(() -> claims.chooseFirstAppearance(claim, claims.find(claim).orElseThrow().getVersion(), undated.getId(),
                "The undated outlet had it the evening before"));
        assertThat(firstsByOutlet(outlets)).containsExactly(0L, 0L, 0L, 0L);
        assertThat(firstByClaimService(claim)).isEqualTo(undated.getArticleId()).isEqualTo(firstInArticleReport(later.getArticleId(), claim));

        SystemTask.run(() -> annotations.restore(tieLow.getId()));
        SystemTask.run(() -> claims.unlink(claim, undated.getId()));
        assertThat(firstsByOutlet(outlets)).containsExactly(1L, 0L, 0L, 0L);
        assertThat(firstByClaimService(claim)).isEqualTo(tieLow.getArticleId()).isEqualTo(firstInArticleReport(later.getArticleId(), claim));
    }

    /** Each outlet's first appearances in September 2024, from the comparison (its one pass over all of them). */
    private List<Long> firstsByOutlet(List<Long> outletIds) {
        var compared = SystemTask.call(() -> reports.compare(outletIds, LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 30)));
        return compared.outlets().stream().map(o -> o.relaying().first()).toList();
    }

    private long firstInArticleReport(long articleId, long claimId) {
        return SystemTask.call(() -> reports.article(articleId)).carriedElsewhere().stream().filter(c -> c.claimId() == claimId)
                .findFirst().orElseThrow().firstArticleId();
    }

    private long firstByClaimService(long claimId) {
        return SystemTask.call(() -> claims.firstAppearance(claimId)).orElseThrow().articleId();
    }

    @Test
    void theOutletReportCountsTheSeedsMonthAndWhoRelaysWhom() {
        var times = outletReport(seeds.nyt());
        var gzero = outletReport(seeds.gzero());
        var gold = SeedSourcing.gold(SeedSourcing.NYT_FILE);

        assertThat(times.articles()).isEqualTo(1);
        assertThat(times.claims()).isEqualTo(gold.size());
        assertThat(times.mix().stream().collect(Collectors.toMap(TypeShare::code, TypeShare::count)))
                .isEqualTo(gold.stream().collect(Collectors.groupingBy(SeedSourcing.Gold::type, Collectors.counting())));
        assertThat(times.relaying()).isEqualTo(new OutletSourcingReport.Relaying(3, 0, 0, 3, 0, 0.0, 1.0));
        assertThat(gzero.relaying()).isEqualTo(new OutletSourcingReport.Relaying(3, 1, 0, 0, 2, 1.0 / 3, 0.0));
        assertThat(times.trend()).singleElement().satisfies(m -> {
            assertThat(m.month()).isEqualTo("2023-09");
            assertThat(m.claims()).isEqualTo(gold.size());
        });
        assertThat(times.anonymousWithReasonShare()).isZero();
    }

    @Test
    void aPeriodWithoutArticlesIsEmptyNotAnError() {
        var empty = SystemTask.call(() -> reports.outlet(outletId(seeds.nyt()), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31)));

        assertThat(empty.articles()).isZero();
        assertThat(empty.claims()).isZero();
        assertThat(empty.mix()).isEmpty();
        assertThat(empty.trend()).extracting(OutletSourcingReport.Month::month).containsExactly("2020-01", "2020-02", "2020-03");
    }

    @Test
    void twoOutletsComparedAreTheirOwnReportsSideBySide() {
        var comparison = SystemTask.call(() -> reports.compare(List.of(outletId(seeds.gzero()), outletId(seeds.nyt())), SEPTEMBER_1, SEPTEMBER_30));

        assertThat(comparison.outlets()).containsExactly(outletReport(seeds.gzero()), outletReport(seeds.nyt()));
    }

    @Test
    void theOutletPassCutIntoPartsGivesTheOnePassRowsAndAComparisonOfThreeIsTheirOwnThreeReports() {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var names = List.of("Pass A " + run, "Pass B " + run, "Pass C " + run);
        var types = List.of("NAMED_PERSON", "ANONYMOUS_DESCRIBED", "UNATTRIBUTED", "NAMED_INSTITUTION");
        // every month of 2022 each outlet carries the month's statement (a claim over three outlets, first by time in
        // a different outlet each month, one appearance "reportedly") and a statement of its own; some hedged
        long expectedFirsts = 0;
        var articleIds = new java.util.ArrayList<Long>();
        for (int month = 1; month <= 12; month++) {
            var sentence = "The harbour fee rises by " + month + " percent, run " + run;
            var linked = new java.util.ArrayList<Long>();
            java.time.ZonedDateTime earliest = null;
            int earliestOutlet = -1;
            for (int o = 0; o < 3; o++) {
                int day = 1 + (month * 7 + o * 9) % 27;
                var attribution = new Attribution(o == month % 3 ? "OTHER_OUTLET" : types.get((month + o) % types.size()));
                if ((month + o) % 4 == 0) {
                    attribution.setStance(org.claimtrace.attribution.Stance.HEDGED);
                }
                if (attribution.getTypeCode().equals("ANONYMOUS_DESCRIBED") && month % 2 == 0) {
                    attribution.setAnonymityReason("not authorised to speak");
                }
                var own = "Outlet " + o + " alone says the ferry runs " + month + " times, run " + run;
                var published = java.time.ZonedDateTime.of(2022, month, day, (o * 5 + month) % 24, 30, 0, 0, java.time.ZoneOffset.UTC);
                if (earliest == null || published.isBefore(earliest)) {
                    earliest = published;
                    earliestOutlet = o;
                }
                var draft = new ArticleDraft(names.get(o), OutletKind.NEWSPAPER, "Pass " + run + " " + month + " " + o, null, published,
                        "https://example.org/" + UUID.randomUUID(), "en", sentence + "\n\n" + own + "\n\n" + SeedSourcing.filler());
                var ownType = new Attribution(types.get(month % types.size()));
                var annotation = SystemTask.call(() -> {
                    var article = articles.importArticle(draft);
                    annotations.create(article.getId(), sentence.length() + 2, sentence.length() + 2 + own.length(), ownType);
                    return annotations.create(article.getId(), 0, sentence.length(), attribution);
                });
                linked.add(annotation.getId());
                articleIds.add(annotation.getArticleId());
            }
            // the claim's first appearance counts as a first unless it is the "reportedly" one
            expectedFirsts += earliestOutlet == month % 3 ? 0 : 1;
            SystemTask.run(() -> claims.create("Harbour fee " + run, linked));
        }
        var ids = articleIds.subList(0, 3).stream().map(this::outletId).toList();
        var year = new ReportPeriod(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

        var onePass = queries.outletDays(ids, year.start(), year.end());
        assertThat(OutletPass.parts(ids, year, 2)).hasSize(12);
        // the report's thread alone, with one helper, with three
        for (int threads : new int[]{1, 2, 4}) {
            var cut = new OutletPass(queries, transactions, threads);
            try {
                assertThat(SystemTask.call(() -> cut.days(ids, year))).containsExactlyInAnyOrderElementsOf(onePass);
            } finally {
                cut.stop();
            }
        }
        var compared = SystemTask.call(() -> reports.compare(ids, year.from(), year.to()));
        var alone = ids.stream().map(id -> SystemTask.call(() -> reports.outlet(id, year.from(), year.to()))).toList();
        assertThat(compared.outlets()).isEqualTo(alone);
        assertThat(alone).allSatisfy(report -> {
            assertThat(report.articles()).isEqualTo(12);
            assertThat(report.claims()).isEqualTo(24);
            assertThat(report.trend()).hasSize(12).allSatisfy(m -> assertThat(m.claims()).isEqualTo(2));
        });
        assertThat(alone.stream().mapToLong(r -> r.relaying().relays()).sum()).isEqualTo(12);
        assertThat(alone.stream().mapToLong(r -> r.relaying().first()).sum()).isEqualTo(expectedFirsts).isPositive();
    }

    @Test
    void theReviewHasItsPlaceBeforeAnyReviewExists() {
        var review = claimReport(seeds.forum()).review();

        assertThat(review.summary()).isEqualTo("Review: not reviewed yet");
        assertThat(review.history()).isEmpty();
    }

    @Test
    void aClosedReviewSessionsVerdictWithRationaleAndEvidenceIsInTheClaimsReport() {
        var reviewer = ReviewFixtures.user(accounts, "reporter", Role.REVIEWER);
        var claim = ReviewFixtures.claim(articles, annotations, claims, "The bridge was closed for repairs");
        var session = ReviewFixtures.as(reviewer, () -> reviewService.create(new NewSession("Report check", null, false,
                Set.of(), List.of(claim.getId()))), Role.REVIEWER);
        ReviewFixtures.as(reviewer, () -> {
            var item = reviewService.item(session.getId(), claim.getId());
            var judged = reviewService.update(session.getId(), claim.getId(), ItemChange.verdict("False", "The bridge stayed open",
                    List.of(new EvidenceLink("https://example.org/traffic", "traffic log")), item.version()));
            reviewService.update(session.getId(), claim.getId(), ItemChange.status(ItemStatus.REVIEWED, judged.version()));
            reviewService.close(session.getId());
        }, Role.REVIEWER);

        var review = claimReport(claim.getId()).review();

        assertThat(review.summary()).isEqualTo("Review: reviewed \u2014 False (1 of 5)");
        assertThat(review.history()).singleElement().satisfies(event -> {
            assertThat(event.by()).isEqualTo(reviewer);
            assertThat(event.at()).isNotNull();
            assertThat(event.what()).isEqualTo("Session \u201cReport check\u201d (closed): Reviewed \u2014 False: The bridge stayed open "
                    + "(evidence: https://example.org/traffic)");
        });
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        long nyt = outletId(seeds.nyt());
        SystemTask.run(() -> {
            assertThatThrownBy(() -> reports.claim(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> reports.article(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> reports.outlet(Long.MAX_VALUE, null, null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> reports.outlet(nyt, SEPTEMBER_30, SEPTEMBER_1)).isInstanceOf(RejectedException.class)
                    .hasMessageContaining("starts (2023-09-30) after it ends (2023-09-01)");
            assertThatThrownBy(() -> reports.outlet(nyt, LocalDate.of(2000, 1, 1), LocalDate.of(2023, 1, 1)))
                    .isInstanceOf(RejectedException.class).hasMessageContaining("at most 10 years");
            assertThatThrownBy(() -> reports.compare(List.of(nyt, nyt), null, null)).isInstanceOf(RejectedException.class)
                    .hasMessage("Compare 2 to 6 different outlets (1 given).");
        });
    }

    @Test
    void withoutLoginEveryReportIsRefused() {
        long nyt = outletId(seeds.nyt());
        assertThatThrownBy(() -> reports.claim(seeds.trip())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> reports.article(seeds.nyt())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> reports.outlet(nyt, null, null)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> reports.compare(List.of(nyt, outletId(seeds.gzero())), null, null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private OutletSourcingReport outletReport(long seedArticle) {
        return SystemTask.call(() -> reports.outlet(outletId(seedArticle), SEPTEMBER_1, SEPTEMBER_30));
    }

    private long outletId(long articleId) {
        return SystemTask.call(() -> articles.find(articleId).orElseThrow().getOutlet().getId());
    }
}
