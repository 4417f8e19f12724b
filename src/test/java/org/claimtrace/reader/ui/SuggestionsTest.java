package org.claimtrace.reader.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.claimtrace.KaribuTest;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.annotation.SuggestionService;
import org.claimtrace.article.ArticleFixtures;
import org.claimtrace.article.ArticleService;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.ClaimSuggestion;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

class SuggestionsTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    SuggestionService suggestions;

    private long articleId;


    @BeforeEach
    void openStory() {
        articleId = SystemTask.call(() -> articles.importArticle(ArticleFixtures.draft("Suggestion Test Post", "Talks",
                ArticleFixtures.uniqueText(ReaderViewTest.STORY))).getId());
        login("ed", Role.Names.EDITOR);
        UI.getCurrent().navigate("articles/" + articleId);
    }

    private List<ClaimSuggestion> pending() {
        return SystemTask.call(() -> suggestions.pending(articleId));
    }

    private List<ClaimAnnotation> stored() {
        return SystemTask.call(() -> annotations.forArticle(articleId));
    }

    @Test
    void theDetectorsProposalsAreShownDashedAndNothingIsSavedByItself() {
        assertThat(pending()).extracting(s -> s.type().name())
                .containsExactly("ANONYMOUS_VAGUE", "NAMED_PERSON", "OTHER_OUTLET");
        var markup = _get(ClaimTextView.class).markup();
        assertThat(markup).contains("class=\"hl suggestion\" data-ids=\"s0\"").contains("underline dashed");
        assertThat(stored()).isEmpty();
    }

    @Test
    void acceptingASuggestionStoresItWithTheProposedAttribution() {
        var first = pending().getFirst();
        _get(ClaimTextView.class).clicked("s0");
        _click(_get(Button.class, spec -> spec.withText("Accept")));
        assertThat(stored()).singleElement().satisfies(a -> {
            assertThat(a.getStart()).isEqualTo(first.start());
            assertThat(a.getQuote()).isEqualTo(first.quote());
            assertThat(a.getAttribution().getTypeCode()).isEqualTo("ANONYMOUS_VAGUE");
            assertThat(a.getAttribution().getCue()).isEqualTo(first.cue());
        });
        assertThat(pending()).extracting(ClaimSuggestion::quote).doesNotContain(first.quote());
    }

    @Test
    void anAcceptedAnonymousSourceKeepsTheReasonTheTextGives() {
        long other = SystemTask.call(() -> articles.importArticle(ArticleFixtures.draft("Suggestion Test Post", "Bridge",
                ArticleFixtures.uniqueText("The bridge will stay closed for at least six months, a senior official who spoke on "
                        + "condition of anonymity said on Monday, citing structural damage found during a routine inspection."))).getId());
        UI.getCurrent().navigate("articles/" + other);
        _get(ClaimTextView.class).clicked("s0");
        _click(_get(Button.class, spec -> spec.withText("Accept")));

        assertThat(SystemTask.call(() -> annotations.forArticle(other))).singleElement().satisfies(a -> {
            assertThat(a.getQuote()).startsWith("The bridge will stay closed").doesNotContain("official");
            assertThat(a.getAttribution().getTypeCode()).isEqualTo("ANONYMOUS_DESCRIBED");
            assertThat(a.getAttribution().getSourceAsWritten()).isEqualTo("a senior official");
            assertThat(a.getAttribution().getAnonymityReason()).contains("spoke on condition of anonymity");
            assertThat(a.getAttribution().getOnRecord()).hasToString("ANONYMOUS");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditedSuggestionIsStoredAsEdited() {
        _get(ClaimTextView.class).clicked("s2");
        Select<AttributionTag> type = _get(Select.class, spec -> spec.withLabel("Attribution type"));
        _setValue(type, type.getListDataView().getItems().filter(t -> t.getCode().equals("UNATTRIBUTED")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Accept")));
        assertThat(stored()).singleElement().extracting(a -> a.getAttribution().getTypeCode()).isEqualTo("UNATTRIBUTED");
    }

    @Test
    void aDismissalCanBeUndoneAndTheSuggestionIsProposedAgain() {
        var second = pending().get(1);
        _get(ClaimTextView.class).clicked("s1");
        _click(_get(Button.class, spec -> spec.withText("Dismiss")));
        assertThat(pending()).extracting(ClaimSuggestion::quote).doesNotContain(second.quote());
        _click(_get(Button.class, spec -> spec.withText("Undo")));
        assertThat(pending()).extracting(ClaimSuggestion::quote).contains(second.quote()).hasSize(3);
    }

    @Test
    void acceptingASuggestionCanBeUndone() {
        _get(ClaimTextView.class).clicked("s0");
        _click(_get(Button.class, spec -> spec.withText("Accept")));
        assertThat(stored()).hasSize(1);
        _click(_get(Button.class, spec -> spec.withText("Undo")));
        assertThat(stored()).isEmpty();
        assertThat(pending()).hasSize(3);
    }

    @Test
    void aDismissedSuggestionDoesNotComeBack() {
        var second = pending().get(1);
        _get(ClaimTextView.class).clicked("s1");
        _click(_get(Button.class, spec -> spec.withText("Dismiss")));
        assertThat(pending()).extracting(ClaimSuggestion::quote).doesNotContain(second.quote()).hasSize(2);
        UI.getCurrent().navigate("articles");
        UI.getCurrent().navigate("articles/" + articleId);
        assertThat(org.jsoup.Jsoup.parseBodyFragment(_get(ClaimTextView.class).markup()).select("mark"))
                .extracting(org.jsoup.nodes.Element::text).doesNotContain(second.quote()).hasSize(2);
        assertThat(stored()).isEmpty();
    }

    @Test
    void theKeyboardAcceptsAndDismissesTheNextSuggestion() {
        var all = pending();
        _get(ClaimTextView.class).shortcut("a", 0);
        _get(ClaimTextView.class).shortcut("x", 0);
        assertThat(stored()).extracting(ClaimAnnotation::getQuote).containsExactly(all.get(0).quote());
        assertThat(pending()).extracting(ClaimSuggestion::quote).containsExactly(all.get(2).quote());
    }
}
