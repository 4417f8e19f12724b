package org.claimtrace.review;

import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.base.ConflictException;
import org.claimtrace.base.RejectedException;
import org.claimtrace.base.live.Broadcaster;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.ReviewStatus;
import org.claimtrace.claim.Verdict;
import org.claimtrace.exchange.ExportFile;
import org.claimtrace.exchange.ExportOptions;
import org.claimtrace.exchange.ExportService;
import org.claimtrace.exchange.Progress;
import org.claimtrace.history.Change;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.claimtrace.security.UserAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimtrace.review.ReviewFixtures.as;
import static org.awaitility.Awaitility.await;

/** Review sessions through the service, as reviewers, an administrator and a viewer would use them. */
@SpringBootTest
@ActiveProfiles("test")
class ReviewServiceTest {

    @Autowired ReviewService reviews;
    @Autowired ReviewExport export;
    @Autowired ExportService exports;
    @Autowired ClaimService claims;
    @Autowired ArticleService articles;
    @Autowired ClaimAnnotationService annotations;
    @Autowired UserAccountService accounts;
    @Autowired Broadcaster broadcaster;
    @Autowired ReviewPresence presence;

    private String ann;
    private String bob;
    private String cay;
    private String outsider;
    private Claim first;
    private Claim second;

    @BeforeEach
    void threeReviewersAndTwoClaims() {
        ann = ReviewFixtures.user(accounts, "ann", Role.REVIEWER);
        bob = ReviewFixtures.user(accounts, "bob", Role.REVIEWER);
        cay = ReviewFixtures.user(accounts, "cay", Role.REVIEWER);
        outsider = ReviewFixtures.user(accounts, "out", Role.REVIEWER);
        first = ReviewFixtures.claim(articles, annotations, claims, "The dam failed on Tuesday");
        second = ReviewFixtures.claim(articles, annotations, claims, "The minister resigned");
    }

    private ReviewSession session(boolean doubleReview) {
        return as(ann, () -> reviews.create(new NewSession("Dam check", "Claims about the dam", doubleReview,
                Set.of(bob, cay), List.of(first.getId(), second.getId()))), Role.REVIEWER);
    }

    private ItemView item(String user, long sessionId, long claimId) {
        return as(user, () -> reviews.item(sessionId, claimId), Role.REVIEWER);
    }

    @Test
    void aSingleReviewGoesFromUnstartedThroughInProgressToReviewedAndCanBeReopened() {
        var session = session(false);
        assertThat(session.getParticipants()).containsExactlyInAnyOrder(ann, bob, cay);
        var item = item(bob, session.getId(), first.getId());
        assertThat(item.status()).isEqualTo(ItemStatus.UNSTARTED);

        var started = as(bob, () -> reviews.update(session.getId(), first.getId(), ItemChange.status(ItemStatus.IN_PROGRESS, item.version())), Role.REVIEWER);
        assertThat(started.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(SystemTask.call(() -> claims.find(first.getId()).orElseThrow()).getReviewStatus()).isEqualTo(ReviewStatus.IN_PROGRESS);

        var judged = as(bob, () -> reviews.update(session.getId(), first.getId(), new ItemChange(ItemStatus.REVIEWED, "False",
                "The dam authority's inspection report shows no failure.",
                List.of(new EvidenceLink("https://example.org/report.pdf", "inspection report"), new EvidenceLink("", "")),
                null, started.version())), Role.REVIEWER);
        assertThat(judged.status()).isEqualTo(ItemStatus.REVIEWED);
        assertThat(judged.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(judged.decidedBy()).isEqualTo(bob);
        assertThat(judged.evidence()).containsExactly(new EvidenceLink("https://example.org/report.pdf", "inspection report"));

        var reopened = as(cay, () -> reviews.update(session.getId(), first.getId(), ItemChange.status(ItemStatus.IN_PROGRESS, judged.version())), Role.REVIEWER);
        assertThat(reopened.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(reopened.verdict()).isEqualTo(Verdict.FALSE);
        assertThat(as(ann, () -> reviews.session(session.getId()).orElseThrow(), Role.REVIEWER).inProgress()).isEqualTo(1);
    }

    @Test
    void aVerdictWithoutRationaleIsRefusedAndChangesNothing() {
        var session = session(false);
        var item = item(bob, session.getId(), first.getId());
        assertThatThrownBy(() -> as(bob, () -> reviews.update(session.getId(), first.getId(),
                ItemChange.verdict("FALSE", "  ", List.of(), item.version())), Role.REVIEWER))
                .isInstanceOf(RejectedException.class).hasMessageContaining("rationale");
        assertThatThrownBy(() -> as(bob, () -> reviews.update(session.getId(), first.getId(),
                ItemChange.verdict("Pants on fire", "why", List.of(), item.version())), Role.REVIEWER))
                .isInstanceOf(RejectedException.class).hasMessageContaining("Mostly accurate");
        assertThatThrownBy(() -> as(bob, () -> reviews.update(session.getId(), first.getId(),
                ItemChange.verdict("FALSE", "why", List.of(new EvidenceLink("javascript:alert(1)", null)), item.version())), Role.REVIEWER))
                .isInstanceOf(RejectedException.class).hasMessageContaining("https://");
        var after = item(bob, session.getId(), first.getId());
        assertThat(after.verdict()).isNull();
        assertThat(after.version()).isEqualTo(item.version());
    }

    @Test
    void theSecondOfTwoSavesOfTheSameVerdictIsRefusedAsStale() {
        var session = session(false);
        var read = item(bob, session.getId(), first.getId());
        as(bob, () -> reviews.update(session.getId(), first.getId(), ItemChange.verdict("Accurate", "Bob's reason", List.of(), read.version())), Role.REVIEWER);
        assertThatThrownBy(() -> as(cay, () -> reviews.update(session.getId(), first.getId(),
                ItemChange.verdict("False", "Cay's reason", List.of(), read.version())), Role.REVIEWER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Someone else changed");
        assertThat(item(cay, session.getId(), first.getId()).rationale()).isEqualTo("Bob's reason");
    }

    @Test
    void theSnapshotAllOpenPagesShareShowsEachViewerOnlyWhatTheServiceWouldShowThem() {
        var session = session(true);
        var sessionId = session.getId();
        as(ann, () -> reviews.update(sessionId, first.getId(), ItemChange.verdict("Accurate", "Ann: matches the record",
                List.of(new org.claimtrace.review.EvidenceLink("https://example.org/record", "the record")), 0)), Role.REVIEWER);
        as(cay, () -> reviews.comment(sessionId, first.getId(), "Looking into it"), Role.REVIEWER);
        var itemId = item(ann, sessionId, first.getId()).itemId();
        var snapshot = as(bob, () -> reviews.snapshot(itemId), Role.REVIEWER).orElseThrow();

        // one read for all, and each viewer's part is exactly what the service gives that viewer
        for (var viewer : List.of(ann, bob, cay)) {
            assertThat(snapshot.viewFor(viewer)).isEqualTo(item(viewer, sessionId, first.getId()));
        }
        assertThat(snapshot.viewFor(bob).others()).isEmpty();
        assertThat(snapshot.viewFor(bob).mine()).isNull();
        assertThat(snapshot.viewFor(bob).toString()).doesNotContain("matches the record").doesNotContain("example.org");
        assertThat(snapshot.viewFor(ann).mine().rationale()).isEqualTo("Ann: matches the record");
        assertThat(snapshot.comments()).extracting(CommentView::body).containsExactly("Looking into it");
        assertThat(snapshot.session().inProgress()).isEqualTo(1);
        assertThat(snapshot.agreement()).isNotNull();

        as(bob, () -> reviews.update(sessionId, first.getId(), ItemChange.verdict("False", "Bob: the record is wrong", List.of(), 0)),
                Role.REVIEWER);
        var both = as(cay, () -> reviews.snapshot(itemId), Role.REVIEWER).orElseThrow();
        assertThat(both.viewFor(cay).others()).extracting(JudgmentView::rationale)
                .containsExactlyInAnyOrder("Ann: matches the record", "Bob: the record is wrong");
        assertThat(both.session().disputed()).isEqualTo(1);
        assertThat(as(ann, () -> reviews.snapshot(Long.MAX_VALUE), Role.REVIEWER)).isEmpty();
    }

    @Test
    void blindDoubleReviewHidesEachVerdictUntilBothAreInThenADisagreementIsDisputedUntilAThirdSettlesIt() {
        var session = session(true);
        var sessionId = session.getId();
        as(ann, () -> reviews.update(sessionId, first.getId(), ItemChange.verdict("Accurate", "Ann: matches the record", List.of(), 0)), Role.REVIEWER);

        var bobSees = item(bob, sessionId, first.getId());
        assertThat(bobSees.blind()).isTrue();
        assertThat(bobSees.mine()).isNull();
        assertThat(bobSees.others()).isEmpty();
        assertThat(bobSees.verdict()).isNull();
        assertThat(bobSees.judgments()).isEqualTo(1);
        assertThat(as(bob, () -> reviews.items(sessionId), Role.REVIEWER)).allSatisfy(i -> assertThat(i.others()).isEmpty());
        assertThat(item(ann, sessionId, first.getId()).mine().verdict()).isEqualTo(Verdict.ACCURATE);

        as(bob, () -> reviews.update(sessionId, first.getId(), ItemChange.verdict("False", "Bob: the photo is from 2019", List.of(), 0)), Role.REVIEWER);
        var disputed = item(cay, sessionId, first.getId());
        assertThat(disputed.status()).isEqualTo(ItemStatus.DISPUTED);
        assertThat(disputed.blind()).isFalse();
        assertThat(disputed.others()).extracting(JudgmentView::reviewer).containsExactlyInAnyOrder(ann, bob);
        assertThat(disputed.assignees()).containsExactlyInAnyOrder(ann, bob);

        // a third verdict by a judge-to-be is refused; settling needs a rationale
        assertThatThrownBy(() -> as(cay, () -> reviews.update(sessionId, first.getId(), ItemChange.verdict("Misleading", "", List.of(), disputed.version())), Role.REVIEWER))
                .isInstanceOf(RejectedException.class);
        var settled = as(cay, () -> reviews.update(sessionId, first.getId(),
                ItemChange.verdict("Misleading", "Cay: real photo, wrong year", List.of(), disputed.version())), Role.REVIEWER);
        assertThat(settled.status()).isEqualTo(ItemStatus.REVIEWED);
        assertThat(settled.verdict()).isEqualTo(Verdict.MISLEADING);
        assertThat(settled.settledBy()).isEqualTo(cay);

        var agreement = as(cay, () -> reviews.agreement(sessionId), Role.REVIEWER);
        assertThat(agreement.pairs()).singleElement().satisfies(p -> assertThat(p.kappa().claims()).isEqualTo(1));
        assertThat(agreement.alpha().claims()).isEqualTo(1);
    }

    @Test
    void twoBlindVerdictsThatAgreeMakeTheClaimReviewedWithBothReasons() {
        var sessionId = session(true).getId();
        as(bob, () -> reviews.update(sessionId, second.getId(), ItemChange.verdict("MOSTLY_ACCURATE", "Bob's reason", List.of(), 0)), Role.REVIEWER);
        var done = as(cay, () -> reviews.update(sessionId, second.getId(),
                ItemChange.verdict("Mostly accurate", "Cay's reason", List.of(new EvidenceLink("https://example.org/a", "the letter")), 0)), Role.REVIEWER);
        assertThat(done.status()).isEqualTo(ItemStatus.REVIEWED);
        assertThat(done.verdict()).isEqualTo(Verdict.MOSTLY_ACCURATE);
        assertThat(done.rationale()).contains("Bob's reason").contains("Cay's reason");
        assertThat(done.mine().evidence()).containsExactly(new EvidenceLink("https://example.org/a", "the letter"));
        // a third reviewer may not add a verdict to an agreed claim
        assertThatThrownBy(() -> as(ann, () -> reviews.update(sessionId, second.getId(), ItemChange.verdict("False", "no", List.of(), 0)), Role.REVIEWER))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void closingFreezesTheSessionAndRecordsReviewedVerdictsOnTheClaimsAndInClaimReview() throws Exception {
        var sessionId = session(false).getId();
        var item = item(bob, sessionId, first.getId());
        as(bob, () -> reviews.update(sessionId, first.getId(), new ItemChange(ItemStatus.REVIEWED, "FALSE",
                "No failure: see the inspection.", List.of(), null, item.version())), Role.REVIEWER);
        var closed = as(cay, () -> reviews.close(sessionId), Role.REVIEWER);
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedBy()).isEqualTo(cay);

        var claim = SystemTask.call(() -> claims.find(first.getId()).orElseThrow());
        assertThat(claim.getReviewStatus()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(claim.getVerdict()).isEqualTo("FALSE");
        assertThat(claim.getReviewedBy()).isEqualTo(bob);
        assertThat(claim.getReviewRationale()).isEqualTo("No failure: see the inspection.");
        assertThat(SystemTask.call(() -> claims.find(second.getId()).orElseThrow()).getReviewStatus()).isEqualTo(ReviewStatus.UNSTARTED);

        assertThatThrownBy(() -> as(bob, () -> reviews.update(sessionId, second.getId(), ItemChange.status(ItemStatus.IN_PROGRESS, 0)), Role.REVIEWER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("frozen");
        assertThatThrownBy(() -> as(bob, () -> reviews.comment(sessionId, second.getId(), "late"), Role.REVIEWER))
                .isInstanceOf(ConflictException.class);

        var out = new ByteArrayOutputStream();
        as(bob, () -> exports.write(ExportFile.CLAIMREVIEW_JSONLD, export.filterFor(sessionId), ExportOptions.DEFAULT, out, Progress.NONE), Role.REVIEWER);
        var graph = JsonMapper.shared().readTree(out.toString(StandardCharsets.UTF_8)).get("@graph");
        assertThat(graph).hasSize(2);
        var reviewed = java.util.stream.StreamSupport.stream(graph.spliterator(), false)
                .filter(n -> n.has("reviewRating")).findFirst().orElseThrow();
        assertThat(reviewed.get("reviewRating").get("ratingValue").asInt()).isEqualTo(1);
        assertThat(reviewed.get("reviewRating").get("alternateName").asString()).isEqualTo("False");
        assertThat(reviewed.get("reviewBody").asString()).isEqualTo("No failure: see the inspection.");
        assertThat(reviewed.get("author").get("name").asString()).isEqualTo(bob);
        assertThat(reviewed.get("datePublished").asString()).isEqualTo(claim.getReviewedAt().toString());

        var csv = new ByteArrayOutputStream();
        as(bob, () -> export.writeSessionCsv(sessionId, csv), Role.REVIEWER);
        var lines = csv.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("session_id,session_name,claim_id");
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains(bob + ",verdict,False,1,No failure: see the inspection.");
    }

    @Test
    void mentionsReachTheMentionedParticipantOnly() {
        var sessionId = session(false).getId();
        var comment = as(ann, () -> reviews.comment(sessionId, first.getId(), "@" + bob.toUpperCase() + " can you check the photo? cc @nobody"), Role.REVIEWER);
        assertThat(comment.mentions()).containsExactly(bob);
        assertThat(as(bob, () -> reviews.myMentions(10), Role.REVIEWER)).singleElement().satisfies(m -> {
            assertThat(m.claimId()).isEqualTo(first.getId());
            assertThat(m.author()).isEqualTo(ann);
        });
        assertThat(as(cay, () -> reviews.myMentions(10), Role.REVIEWER)).isEmpty();
    }

    @Test
    void aViewerAndAReviewerOutsideTheSessionCannotChangeIt() {
        var sessionId = session(false).getId();
        assertThatThrownBy(() -> as("viewer", () -> reviews.update(sessionId, first.getId(), ItemChange.status(ItemStatus.IN_PROGRESS, 0)), Role.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("viewer", () -> reviews.comment(sessionId, first.getId(), "hi"), Role.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("viewer", () -> reviews.close(sessionId), Role.VIEWER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("viewer", () -> reviews.create(new NewSession("x", null, false, Set.of(), List.of(first.getId()))), Role.VIEWER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("editor", () -> reviews.comment(sessionId, first.getId(), "hi"), Role.EDITOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(outsider, () -> reviews.update(sessionId, first.getId(), ItemChange.status(ItemStatus.IN_PROGRESS, 0)), Role.REVIEWER))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("does not take part");
        // reading is open to any role
        assertThat(as("viewer", () -> reviews.items(sessionId), Role.VIEWER)).hasSize(2);
    }

    @Test
    void aClaimsHistoryListsEveryEditWithWhoAndBeforeAndAfter() {
        var sessionId = session(false).getId();
        var read = SystemTask.call(() -> claims.find(first.getId()).orElseThrow());
        as("editor-x", () -> claims.describe(first.getId(), read.getVersion(), "The dam did not fail", "Full text", "Ministry"), Role.EDITOR);
        var item = item(bob, sessionId, first.getId());
        as(bob, () -> reviews.update(sessionId, first.getId(), new ItemChange(ItemStatus.REVIEWED, "False", "Inspection", List.of(), null, item.version())), Role.REVIEWER);
        as(ann, () -> reviews.close(sessionId), Role.REVIEWER);

        List<Change> history = as(bob, () -> claims.history(first.getId()), Role.REVIEWER);
        assertThat(history).extracting(Change::kind).startsWith(Change.Kind.ADDED);
        assertThat(history).anySatisfy(c -> {
            assertThat(c.user()).isEqualTo("editor-x");
            assertThat(c.fields()).contains(new Change.FieldChange("short statement", "The dam failed on Tuesday", "The dam did not fail"));
        });
        assertThat(history).anySatisfy(c -> {
            assertThat(c.user()).isEqualTo(ann);
            assertThat(c.fields()).contains(new Change.FieldChange("verdict", "", "FALSE"))
                    .contains(new Change.FieldChange("review status", "IN_PROGRESS", "REVIEWED"));
        });
        // the appearance's link is in it too
        assertThat(history).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo("Annotation");
            assertThat(c.fields()).anySatisfy(f -> assertThat(f.field()).isEqualTo("claim"));
        });
        var reviewSide = as(bob, () -> reviews.historyOf(first.getId()), Role.REVIEWER);
        assertThat(reviewSide).anySatisfy(c -> assertThat(c.fields()).contains(new Change.FieldChange("verdict", "", "FALSE")));
    }

    @Test
    void aChangeIsAnnouncedToSubscribersAfterItIsStored() {
        var sessionId = session(false).getId();
        var heard = new CopyOnWriteArrayList<Long>();
        var registration = broadcaster.subscribe(Broadcaster.REVIEW_ITEM, heard::add);
        try {
            var item = item(bob, sessionId, first.getId());
            as(bob, () -> reviews.comment(sessionId, first.getId(), "first look"), Role.REVIEWER);
            await().atMost(5, TimeUnit.SECONDS).until(() -> heard.contains(item.itemId()));
        } finally {
            registration.remove();
        }
    }

    @Test
    void someoneOpeningAClaimIsAnnouncedAsPresenceSoOpenViewsDoNotReloadTheWholeSession() {
        var sessionId = session(false).getId();
        var presenceHeard = new CopyOnWriteArrayList<Long>();
        var sessionHeard = new CopyOnWriteArrayList<Long>();
        var presenceRegistration = broadcaster.subscribe(Broadcaster.REVIEW_PRESENCE, presenceHeard::add);
        var sessionRegistration = broadcaster.subscribe(Broadcaster.REVIEW_SESSION, sessionHeard::add);
        try {
            as(bob, () -> {
                presence.look("bob-view", sessionId, first.getId());
                return null;
            }, Role.REVIEWER);
            await().atMost(5, TimeUnit.SECONDS).until(() -> presenceHeard.contains(sessionId));
            assertThat(as(ann, () -> presence.present(sessionId), Role.REVIEWER)).containsEntry(first.getId(), Set.of(bob));
            as(bob, () -> {
                presence.leave("bob-view");
                return null;
            }, Role.REVIEWER);
            await().atMost(5, TimeUnit.SECONDS).until(() -> presenceHeard.stream().filter(id -> id == sessionId).count() == 2);
            assertThat(sessionHeard).doesNotContain(sessionId);
        } finally {
            presenceRegistration.remove();
            sessionRegistration.remove();
        }
    }
}
