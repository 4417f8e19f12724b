package org.claimtrace.review.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.KaribuTest;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.Verdict;
import org.claimtrace.history.ui.HistoryList;
import org.claimtrace.review.ItemChange;
import org.claimtrace.review.ItemView;
import org.claimtrace.review.NewSession;
import org.claimtrace.review.ReviewFixtures;
import org.claimtrace.review.ReviewService;
import org.claimtrace.review.ReviewSession;
import org.claimtrace.security.Role;
import org.claimtrace.security.UserAccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.claimtrace.review.ReviewFixtures.as;

/** The Review area, a session page and the history log, driven as reviewers, a viewer and an administrator. */
class ReviewViewsTest extends KaribuTest {

    @Autowired ReviewService reviews;
    @Autowired ClaimService claims;
    @Autowired ArticleService articles;
    @Autowired ClaimAnnotationService annotations;
    @Autowired UserAccountService accounts;

    private String ann;
    private String bob;
    private String cay;
    private String word;
    private Claim first;
    private Claim second;

    @BeforeEach
    void reviewersAndClaims() {
        ann = ReviewFixtures.user(accounts, "ann", Role.REVIEWER);
        bob = ReviewFixtures.user(accounts, "bob", Role.REVIEWER);
        cay = ReviewFixtures.user(accounts, "cay", Role.REVIEWER);
        word = "Quarry" + java.util.UUID.randomUUID().toString().substring(0, 6);
        first = ReviewFixtures.claim(articles, annotations, claims, "The " + word + " dam failed");
        second = ReviewFixtures.claim(articles, annotations, claims, "The " + word + " mayor resigned");
    }

    private ReviewSession session(boolean doubleReview) {
        return as(ann, () -> reviews.create(new NewSession("Check " + word, "desc", doubleReview, Set.of(bob, cay),
                List.of(first.getId(), second.getId()))), Role.REVIEWER);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ItemView> queue() {
        return _get(Grid.class, spec -> spec.withId("review-queue"));
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static VerdictForm fillVerdict(String formId, Verdict verdict, String rationale) {
        var form = _get(VerdictForm.class, spec -> spec.withId(formId));
        Select<Verdict> select = _get(form, Select.class, spec -> spec.withLabel("Verdict"));
        _setValue(select, verdict);
        _setValue(_get(form, TextArea.class, spec -> spec.withLabel("Rationale")), rationale);
        return form;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReviewerCreatesASessionFromTheClaimsFiltersAndLandsOnItsQueue() {
        login(ann, Role.Names.REVIEWER);
        UI.getCurrent().navigate("review");
        _click(_get(Button.class, spec -> spec.withText("New session")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Dam claims " + word);
        MultiSelectComboBox<String> participants = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Participants"));
        _setValue(participants, Set.of(bob));
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search claims")), word);
        _click(_get(Button.class, spec -> spec.withText("Add all matching")));
        assertThat(text("chosen-claims")).startsWith("2 claims chosen");
        _click(_get(Button.class, spec -> spec.withText("Create session")));

        assertThat(currentView()).isEqualTo(ReviewSessionView.class);
        assertThat(_size(queue())).isEqualTo(2);
        assertThat(text("session-progress")).contains("0 / 2 reviewed").contains(ann).contains(bob);
    }

    @Test
    void aSessionWithoutClaimsIsRefusedWithAMessageAndTheDialogStays() {
        login(ann, Role.Names.REVIEWER);
        UI.getCurrent().navigate("review");
        _click(_get(Button.class, spec -> spec.withText("New session")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Empty");
        _click(_get(Button.class, spec -> spec.withText("Create session")));
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("Choose the claims"));
        assertThat(currentView()).isEqualTo(ReviewSessionsView.class);
        assertThat(_find(NewSessionDialog.class)).hasSize(1);
    }

    @Test
    void aReviewerGivesAVerdictWhichNeedsARationaleAndKAndJMoveThroughTheQueue() {
        var session = session(false);
        login(bob, Role.Names.REVIEWER);
        UI.getCurrent().navigate("review/" + session.getId());
        _fireShortcut(queue(), Key.KEY_J);
        _fireShortcut(queue(), Key.KEY_J);
        assertThat(queue().getSelectedItems()).singleElement().extracting(ItemView::claimId).isEqualTo(second.getId());
        _fireShortcut(queue(), Key.KEY_K);
        _fireShortcut(queue(), Key.ENTER);
        assertThat(text("review-item")).contains("The " + word + " dam failed");

        var form = fillVerdict("item-verdict", Verdict.FALSE, "");
        _click(_get(form, Button.class, spec -> spec.withText("Save verdict")));
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("needs a rationale"));
        assertThat(form.hasChanges()).isTrue();

        fillVerdict("item-verdict", Verdict.FALSE, "The inspection found no failure.");
        _click(_get(form, Button.class, spec -> spec.withText("Save and mark reviewed")));
        assertThat(text("outcome")).contains("Verdict: False (1/5)").contains("By " + bob).contains("The inspection found no failure.");
        assertThat(_get(queue(), 0).verdict()).isEqualTo(Verdict.FALSE);
        assertThat(text("session-progress")).contains("1 / 2 reviewed");
        assertThat(_get(Anchor.class, spec -> spec.withId("sourcing-report-link")).getHref()).isEqualTo("reports/claims/" + first.getId());
        assertThat(text("sourcing")).contains("Review Times").contains("officials said").contains("Anonymous, vague");
    }

    @Test
    void inABlindDoubleReviewTheOtherVerdictStaysHiddenUntilBothAreIn() {
        var session = session(true);
        as(cay, () -> reviews.update(session.getId(), first.getId(), ItemChange.verdict("ACCURATE", "Cay's secret reason", List.of(), 0)), Role.REVIEWER);
        login(bob, Role.Names.REVIEWER);
        UI.getCurrent().navigate("review/" + session.getId(), com.vaadin.flow.router.QueryParameters.of("claim", first.getId().toString()));
        assertThat(text("review-item")).doesNotContain("Cay's secret reason");
        assertThat(text("judgments")).doesNotContain("Accurate").doesNotContain(cay + ":");
        assertThat(text("blind-note")).contains("1 of 2 in");

        var form = fillVerdict("my-verdict", Verdict.FALSE, "Bob's reason");
        _click(_get(form, Button.class, spec -> spec.withText("Save verdict")));
        assertThat(text("judgments")).contains("Cay's secret reason").contains("Bob's reason");
        assertThat(text("outcome")).contains("Disputed");
        assertThat(text("agreement")).contains("Cohen's \u03ba (").contains("on 1 claim");
    }

    @Test
    void aViewerSeesTheSessionButNothingToChangeIt() {
        var session = session(false);
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("review");
        assertThat(_find(Button.class, spec -> spec.withText("New session"))).isEmpty();
        UI.getCurrent().navigate("review/" + session.getId(), com.vaadin.flow.router.QueryParameters.of("claim", first.getId().toString()));
        assertThat(_find(Button.class, spec -> spec.withText("Close session"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Start"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Post comment"))).isEmpty();
        assertThat(_find(VerdictForm.class, spec -> spec.withId("item-verdict"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Save verdict"))).isEmpty();
    }

    @Test
    void markupInCommentsRationaleAndEvidenceNotesShowsAsText() {
        var session = session(false);
        var attack = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        as(bob, () -> reviews.comment(session.getId(), first.getId(), attack + " @" + cay), Role.REVIEWER);
        var item = as(bob, () -> reviews.item(session.getId(), first.getId()), Role.REVIEWER);
        as(bob, () -> reviews.update(session.getId(), first.getId(), ItemChange.verdict("FALSE", attack,
                List.of(new org.claimtrace.review.EvidenceLink("https://example.org/x", attack)), item.version())), Role.REVIEWER);
        login(cay, Role.Names.REVIEWER);
        UI.getCurrent().navigate("review/" + session.getId(), com.vaadin.flow.router.QueryParameters.of("claim", first.getId().toString()));
        for (var id : List.of("comments", "outcome")) {
            var box = _get(Div.class, spec -> spec.withId(id));
            assertThat(box.getElement().getTextRecursively()).contains(attack);
            assertThat(descendants(box.getElement())).noneMatch(e -> e.getTag().equals("img") || e.getTag().equals("script"));
            assertThat(descendants(box.getElement())).noneMatch(e -> e.hasProperty("innerHTML"));
        }
        UI.getCurrent().navigate("review");
        assertThat(_get(Div.class, spec -> spec.withId("mentions")).getElement().getTextRecursively()).contains(attack);
    }

    private static List<com.vaadin.flow.dom.Element> descendants(com.vaadin.flow.dom.Element element) {
        var all = new java.util.ArrayList<com.vaadin.flow.dom.Element>();
        element.getChildren().filter(child -> !child.isTextNode()).forEach(child -> {
            all.add(child);
            all.addAll(descendants(child));
        });
        return all;
    }

    @Test
    void aVerdictSavedElsewhereAppearsInTheOpenSessionWithoutReloadAndATypedVerdictIsKept() {
        var session = session(false);
        login(bob, Role.Names.REVIEWER);
        UI.getCurrent().navigate("review/" + session.getId(), com.vaadin.flow.router.QueryParameters.of("claim", first.getId().toString()));
        fillVerdict("item-verdict", Verdict.ACCURATE, "Bob is still typing");

        var read = as(cay, () -> reviews.item(session.getId(), first.getId()), Role.REVIEWER);
        as(cay, () -> reviews.update(session.getId(), first.getId(), ItemChange.verdict("MISLEADING", "Cay's version", List.of(), read.version())), Role.REVIEWER);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return text("outcome").contains("Misleading");
        });
        // Bob's typing is untouched; Cay's version is shown beside it; Bob's save is refused, not silently applied
        var form = _get(VerdictForm.class, spec -> spec.withId("item-verdict"));
        assertThat(_get(form, TextArea.class, spec -> spec.withLabel("Rationale")).getValue()).isEqualTo("Bob is still typing");
        assertThat(text("their-version")).contains("Cay's version");
        _click(_get(form, Button.class, spec -> spec.withText("Save verdict")));
        assertThat(notificationTexts()).anySatisfy(t -> assertThat(t).contains("Someone else changed"));
        assertThat(as(cay, () -> reviews.item(session.getId(), first.getId()), Role.REVIEWER).rationale()).isEqualTo("Cay's version");
    }

    @Test
    void aVerdictChangedElsewhereToAnotherVerdictTakesTheNewTextsInPlaceAndKeepsTheControls() {
        var session = session(false);
        var read = as(cay, () -> reviews.item(session.getId(), first.getId()), Role.REVIEWER);
        var judged = as(cay, () -> reviews.update(session.getId(), first.getId(),
                ItemChange.verdict("FALSE", "The inspection found no failure.", List.of(), read.version())), Role.REVIEWER);
        login(bob, Role.Names.REVIEWER);
        UI.getCurrent().navigate("review/" + session.getId(), com.vaadin.flow.router.QueryParameters.of("claim", first.getId().toString()));
        assertThat(text("outcome")).contains("Verdict: False (1/5)");
        var assignees = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Assignees"));
        var heading = _get(_get(Div.class, spec -> spec.withId("outcome")), com.vaadin.flow.component.html.H4.class);
        var evidence = _get(Div.class, spec -> spec.withId("outcome")).getChildren().toList().getLast();

        as(cay, () -> reviews.update(session.getId(), first.getId(),
                ItemChange.verdict("MISLEADING", "Record low for May, not all time.", List.of(), judged.version())), Role.REVIEWER);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return text("outcome").contains("Misleading");
        });
        assertThat(text("outcome")).contains("Verdict: Misleading (2/5)").contains("Record low for May, not all time.")
                .doesNotContain("The inspection found no failure.");
        // the same components took the new texts: the verdict heading, the unchanged (empty) evidence list, and the
        // controls with their assignee box, which depend on having a verdict, not on which
        assertThat(_get(_get(Div.class, spec -> spec.withId("outcome")), com.vaadin.flow.component.html.H4.class)).isSameAs(heading);
        assertThat(_get(Div.class, spec -> spec.withId("outcome")).getChildren().toList().getLast()).isSameAs(evidence);
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withLabel("Assignees"))).isSameAs(assignees);
        assertThat(_get(queue(), 0).verdict()).isEqualTo(Verdict.MISLEADING);
    }

    @Test
    void anotherReviewersChangeReplacesOnlyItsRowTheProgressAndTheOpenClaimWithoutRebuildingThePage() {
        var session = session(false);
        login(bob, Role.Names.REVIEWER);
        UI.getCurrent().navigate("review/" + session.getId(), com.vaadin.flow.router.QueryParameters.of("claim", first.getId().toString()));
        var rows = queue().getDataProvider();
        var otherRow = _get(queue(), 1);
        var title = _get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Check " + word));
        var sourcingRow = _get(Div.class, spec -> spec.withId("sourcing")).getChildren().findFirst().orElseThrow();
        assertThat(text("session-progress")).contains("0 / 2 reviewed");

        var read = as(cay, () -> reviews.item(session.getId(), first.getId()), Role.REVIEWER);
        as(cay, () -> reviews.update(session.getId(), first.getId(), new ItemChange(org.claimtrace.review.ItemStatus.REVIEWED,
                "FALSE", "Cay read the inspection report", List.of(), null, read.version())), Role.REVIEWER);
        as(cay, () -> reviews.comment(session.getId(), first.getId(), "Report attached @" + bob), Role.REVIEWER);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return text("comments").contains("Report attached");
        });

        // what changed is shown: the row, the progress line, the open claim's verdict and thread
        assertThat(_get(queue(), 0).verdict()).isEqualTo(Verdict.FALSE);
        assertThat(_get(queue(), 0).status()).isEqualTo(org.claimtrace.review.ItemStatus.REVIEWED);
        assertThat(text("session-progress")).contains("1 / 2 reviewed");
        assertThat(text("outcome")).contains("Verdict: False (1/5)").contains("Cay read the inspection report");
        // nothing else was rebuilt: the same queue data, the other row, the header and the claim's sourcing
        assertThat(queue().getDataProvider()).isSameAs(rows);
        assertThat(_get(queue(), 1)).isSameAs(otherRow);
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Check " + word))).isSameAs(title);
        assertThat(_get(Div.class, spec -> spec.withId("sourcing")).getChildren().findFirst()).containsSame(sourcingRow);
    }

    @Test
    void inABlindDoubleReviewTheOthersVerdictArrivingLiveStaysHiddenUntilBothAreIn() {
        var session = session(true);
        login(bob, Role.Names.REVIEWER);
        UI.getCurrent().navigate("review/" + session.getId(), com.vaadin.flow.router.QueryParameters.of("claim", first.getId().toString()));

        as(cay, () -> reviews.update(session.getId(), first.getId(), ItemChange.verdict("ACCURATE", "Cay's sealed reason", List.of(), 0)),
                Role.REVIEWER);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return text("blind-note").contains("1 of 2 in");
        });
        var row = _get(queue(), 0);
        assertThat(row.judgments()).isEqualTo(1);
        assertThat(row.mine()).isNull();
        assertThat(row.others()).isEmpty();
        assertThat(row.verdict()).isNull();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Cay's sealed reason");
        assertThat(text("judgments")).doesNotContain("Accurate").doesNotContain(cay + ":");

        // once both are in (Ann's, saved elsewhere too), both show, and the disagreement and agreement with them
        as(ann, () -> reviews.update(session.getId(), first.getId(), ItemChange.verdict("FALSE", "Ann's reason", List.of(), 0)),
                Role.REVIEWER);
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return text("judgments").contains("Cay's sealed reason");
        });
        assertThat(text("judgments")).contains("Ann's reason");
        assertThat(text("outcome")).contains("Disputed");
        assertThat(text("session-progress")).contains("1 disputed");
        assertThat(text("agreement")).contains("on 1 claim");
    }

    @Test
    void closingTheSessionShowsItFrozenAndTheClaimPageShowsTheVerdictAndItsHistory() {
        var session = session(false);
        var item = as(bob, () -> reviews.item(session.getId(), first.getId()), Role.REVIEWER);
        as(bob, () -> reviews.update(session.getId(), first.getId(), new ItemChange(org.claimtrace.review.ItemStatus.REVIEWED, "FALSE",
                "Inspection report", List.of(), null, item.version())), Role.REVIEWER);
        login(ann, Role.Names.REVIEWER);
        UI.getCurrent().navigate("review/" + session.getId());
        _click(_get(Button.class, spec -> spec.withText("Close session")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(text("session-closed")).contains("Closed by " + ann);
        assertThat(_find(Button.class, spec -> spec.withText("Close session"))).isEmpty();

        UI.getCurrent().navigate("claims/" + first.getId());
        assertThat(text("claim-review")).contains("Check " + word).contains("False (1/5)").contains("Inspection report");
        var history = _get(HistoryList.class);
        assertThat(history.getElement().getTextRecursively()).contains(ann).contains("verdict: ").contains("FALSE");
    }

    @Test
    void theAdministratorBrowsesTheWholeHistoryByUserAndOthersCannotOpenIt() {
        var session = session(false);
        login("admin", Role.Names.ADMIN);
        UI.getCurrent().navigate("history");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> user = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("User"));
        _setValue(user, ann);
        assertThat(text("history-log")).contains("added review session").contains("Check " + word).contains(ann);
        assertThat(session.getId()).isPositive();

        login(ann, Role.Names.REVIEWER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("history"))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
    }
}
