package org.claimtrace.claim.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.KaribuTest;
import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.claim.Appearance;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.ClaimSummary;
import org.claimtrace.linking.TriagePair;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Claims view, a claim page and Triage, driven as an editor. A database of its own: Triage lists the corpus's
 * 50 strongest pairs, and in the shared test database other classes' near-identical fixtures outrank this class's.
 */
@TestPropertySource(properties = "claimtrace.test.context=claim-pages")
class ClaimPagesTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ClaimService claims;

    private String word;
    private ClaimAnnotation times;
    private ClaimAnnotation daily;
    private ClaimAnnotation wire;
    private Claim claim;

    private ClaimAnnotation carried(String outlet, String sentence, int day, String type) {
        return AnnotationFixtures.carried(articles, annotations, outlet, "Trip " + word, sentence, day, type);
    }

    @BeforeEach
    void aClaimCarriedByTwoOutletsAndAThirdUnlinked() {
        word = "Quellburg" + UUID.randomUUID().toString().substring(0, 6);
        times = carried("Pages Times", "The leader will travel to " + word + " by train, officials said", 4, "ANONYMOUS_VAGUE");
        daily = carried("Pages Daily", "The leader reportedly plans to travel to " + word + " by armored train", 5, "OTHER_OUTLET");
        wire = carried("Pages Wire", "The leader is to travel to " + word + " by train next week, the ministry said", 6, "NAMED_INSTITUTION");
        claim = SystemTask.call(() -> claims.create("The leader will travel to " + word, List.of(times.getId(), daily.getId())));
        login("ed", Role.Names.EDITOR);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String id) {
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(id));
        var rows = new ArrayList<T>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    private List<Appearance> appearances() {
        return SystemTask.call(() -> claims.appearances(claim.getId()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClaimsViewListsTheClaimWithItsSpreadAndFiltersByTextAndType() {
        UI.getCurrent().navigate("claims");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search statements and quotes")), word);
        List<ClaimSummary> found = rows("claims");
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.outlets()).isEqualTo(2);
            assertThat(s.appearances()).isEqualTo(2);
            assertThat(s.firstOutlet()).isEqualTo("Pages Times");
            assertThat(s.attributionMix()).containsEntry("ANONYMOUS_VAGUE", 1L).containsEntry("OTHER_OUTLET", 1L);
        });
        Select<AttributionTag> type = _find(Select.class).stream()
                .filter(select -> select.getAriaLabel().filter("Attribution type"::equals).isPresent()).findFirst().orElseThrow();
        _setValue(type, type.getListDataView().getItems().filter(t -> t.getCode().equals("NAMED_INSTITUTION")).findFirst().orElseThrow());
        assertThat(rows("claims")).isEmpty();
        _setValue(type, type.getListDataView().getItems().filter(t -> t.getCode().equals("OTHER_OUTLET")).findFirst().orElseThrow());
        assertThat(rows("claims")).hasSize(1);
    }

    @Test
    void theClaimPageShowsAppearancesSideBySideAndTheFirstWithItsEvidence() {
        UI.getCurrent().navigate("claims/" + claim.getId());
        assertThat(_get(H2.class).getText()).isEqualTo("The leader will travel to " + word);
        assertThat(_find(AppearanceCard.class)).hasSize(2);
        var first = _get(Div.class, spec -> spec.withId("first-appearance")).getElement().getTextRecursively();
        assertThat(first).contains("First appearance: Pages Times, 4 Sep 2023").contains("Earliest publication time of 2 dated appearances");
        assertThat(_get(Div.class, spec -> spec.withId("appearances")).getElement().getTextRecursively())
                .contains("Confirmed by system").contains("Anonymous, vague").contains("Other outlet").contains("Open in the reader");
    }

    @Test
    void aPendingSuggestionIsLinkedFromTheClaimPageAndTheLinkCanBeUndone() {
        UI.getCurrent().navigate("claims/" + claim.getId());
        var pending = _get(Div.class, spec -> spec.withId("pending-suggestions"));
        assertThat(pending.getElement().getTextRecursively()).contains("may carry this claim").contains("Pages Wire");
        var row = _find(pending, Div.class, spec -> spec.withClasses("match-row")).stream()
                .filter(r -> r.getElement().getTextRecursively().contains("Pages Wire")).findFirst().orElseThrow();
        _click(_get(row, Button.class, spec -> spec.withText("Link")));
        assertThat(appearances()).extracting(Appearance::outlet).contains("Pages Wire");
        _click(_get(Button.class, spec -> spec.withText("Undo")));
        assertThat(appearances()).extracting(Appearance::outlet).doesNotContain("Pages Wire");
    }

    @Test
    void unlinkAndSplitAreEachOneActionAndUndoable() {
        UI.getCurrent().navigate("claims/" + claim.getId());
        var dailyCard = _find(AppearanceCard.class).stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Pages Daily")).findFirst().orElseThrow();
        _click(_get(dailyCard, Button.class, spec -> spec.withText("Unlink")));
        assertThat(appearances()).extracting(Appearance::outlet).containsExactly("Pages Times");
        _click(_get(Button.class, spec -> spec.withText("Undo")));
        assertThat(appearances()).hasSize(2);
        var card = _find(AppearanceCard.class).stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Pages Daily")).findFirst().orElseThrow();
        _click(_get(card, Button.class, spec -> spec.withText("Split out")));
        assertThat(appearances()).extracting(Appearance::outlet).containsExactly("Pages Times");
        assertThat(SystemTask.call(() -> annotations.find(daily.getId()).orElseThrow().getClaimId())).isNotEqualTo(claim.getId()).isNotNull();
        _click(_get(Button.class, spec -> spec.withText("Undo")));
        assertThat(appearances()).hasSize(2);
    }

    @Test
    void triageConfirmsAndRejectsFromTheKeyboard() {
        UI.getCurrent().navigate("triage");
        List<TriagePair> pairs = rows("triage");
        assertThat(pairs).anyMatch(p -> p.annotation().getId().equals(wire.getId()) || p.match().annotation().getId().equals(wire.getId()));
        // move with "j" to the pair of the wire story and one of this claim's appearances, then confirm with "c"
        var ours = List.of(times.getId(), daily.getId());
        for (int i = 0; i < pairs.size() && !isWireWithOurs(selectedPair(), ours); i++) {
            fireShortcut(Key.KEY_J);
        }
        assertThat(isWireWithOurs(selectedPair(), ours)).isTrue();
        fireShortcut(Key.KEY_C);
        assertThat(SystemTask.call(() -> annotations.find(wire.getId()).orElseThrow().getClaimId())).isEqualTo(claim.getId());
        List<TriagePair> after = rows("triage");
        assertThat(after).noneMatch(p -> (p.annotation().getId().equals(wire.getId()) && claim.getId().equals(p.match().annotation().getClaimId()))
                || (p.match().annotation().getId().equals(wire.getId()) && claim.getId().equals(p.annotation().getClaimId())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherClaimIsMergedIntoThisOneAndTheMergeCanBeUndone() {
        var other = SystemTask.call(() -> claims.create("The leader is to travel to " + word + " next week", List.of(wire.getId())));
        UI.getCurrent().navigate("claims/" + claim.getId());
        com.vaadin.flow.component.combobox.ComboBox<ClaimSummary> pick = _get(com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withLabel("Merge another claim into this one"));
        var otherRow = SystemTask.call(() -> claims.search(new org.claimtrace.claim.ClaimFilter("next week", null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 50))).stream().filter(c -> c.id() == other.getId()).findFirst().orElseThrow();
        _setValue(pick, otherRow);
        _click(_get(Button.class, spec -> spec.withText("Merge")));
        assertThat(appearances()).extracting(Appearance::outlet).containsExactlyInAnyOrder("Pages Times", "Pages Daily", "Pages Wire");
        assertThat(SystemTask.call(() -> claims.find(other.getId()))).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Undo")));
        assertThat(appearances()).hasSize(2);
        var restored = SystemTask.call(() -> annotations.find(wire.getId()).orElseThrow().getClaimId());
        assertThat(restored).isNotNull().isNotEqualTo(claim.getId());
        assertThat(SystemTask.call(() -> claims.find(restored)).orElseThrow().getShortText()).isEqualTo("The leader is to travel to " + word + " next week");
    }

    @Test
    void aRejectedTriagePairIsNotProposedAgain() {
        UI.getCurrent().navigate("triage");
        var ours = List.of(times.getId(), daily.getId());
        List<TriagePair> pairs = rows("triage");
        for (int i = 0; i < pairs.size() && !isWireWithOurs(selectedPair(), ours); i++) {
            fireShortcut(Key.KEY_J);
        }
        var rejected = selectedPair();
        assertThat(isWireWithOurs(rejected, ours)).isTrue();
        fireShortcut(Key.KEY_X);
        List<TriagePair> after = rows("triage");
        assertThat(after).noneMatch(p -> p.annotation().getId().equals(rejected.annotation().getId())
                && p.match().annotation().getId().equals(rejected.match().annotation().getId()));
        assertThat(SystemTask.call(() -> annotations.find(wire.getId()).orElseThrow().getClaimId())).isNull();
    }

    @Test
    void aTriageRejectCanBeUndoneAndThePairIsProposedAgain() {
        UI.getCurrent().navigate("triage");
        var ours = List.of(times.getId(), daily.getId());
        List<TriagePair> pairs = rows("triage");
        for (int i = 0; i < pairs.size() && !isWireWithOurs(selectedPair(), ours); i++) {
            fireShortcut(Key.KEY_J);
        }
        var rejected = selectedPair();
        fireShortcut(Key.KEY_X);
        assertThat(_get(org.claimtrace.base.UndoBar.class).text()).contains("Rejected");
        _click(_get(Button.class, spec -> spec.withText("Undo")));
        List<TriagePair> after = rows("triage");
        assertThat(after).anyMatch(p -> isWireWithOurs(p, ours)
                && (p.match().annotation().getId().equals(rejected.match().annotation().getId())
                || p.annotation().getId().equals(rejected.annotation().getId())));
    }

    @Test
    void theClaimsSearchFindsAWordOfAnAppearancesQuote() {
        UI.getCurrent().navigate("claims");
        var search = _get(TextField.class, spec -> spec.withPlaceholder("Search statements and quotes"));
        _setValue(search, "armored");
        List<ClaimSummary> found = rows("claims");
        assertThat(found).extracting(ClaimSummary::id).contains(claim.getId());
        _setValue(search, "armored " + word + "-nowhere");
        List<ClaimSummary> none = rows("claims");
        assertThat(none).extracting(ClaimSummary::id).doesNotContain(claim.getId());
    }

    @Test
    void theClaimPageNeverProposesAnArticleThatAlreadyCarriesTheClaim() {
        // a second annotation in the Times article, saying the same: it matches, but the Times already carries the claim
        var text = SystemTask.call(() -> articles.find(times.getArticleId()).orElseThrow().getText());
        SystemTask.call(() -> annotations.create(times.getArticleId(), 0, text.indexOf(", officials said"),
                new Attribution("UNATTRIBUTED")));
        UI.getCurrent().navigate("claims/" + claim.getId());
        var pending = _get(Div.class, spec -> spec.withId("pending-suggestions"));
        var rows = _find(pending, Div.class, spec -> spec.withClasses("match-row"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(_get(row, Div.class, spec -> spec.withClasses("match-meta"))
                .getElement().getTextRecursively()).doesNotContain("Pages Times").doesNotContain("Pages Daily"));
        assertThat(pending.getElement().getTextRecursively()).contains("Pages Wire").contains("Shared words:");
    }

    @SuppressWarnings("unchecked")
    private static TriagePair selectedPair() {
        return ((Grid<TriagePair>) _get(Grid.class, spec -> spec.withId("triage"))).asSingleSelect().getValue();
    }

    private boolean isWireWithOurs(TriagePair p, List<Long> ours) {
        return p != null && ((p.annotation().getId().equals(wire.getId()) && ours.contains(p.match().annotation().getId()))
                || (p.match().annotation().getId().equals(wire.getId()) && ours.contains(p.annotation().getId())));
    }

    @Test
    void aViewerCannotTriage() {
        login("vera", Role.Names.VIEWER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("triage")).isInstanceOf(MockAccessDeniedException.class);
    }
}
