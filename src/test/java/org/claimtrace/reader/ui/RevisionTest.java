package org.claimtrace.reader.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.TextArea;
import org.claimtrace.KaribuTest;
import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleFixtures;
import org.claimtrace.article.ArticleService;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.stream.Collectors;

class RevisionTest extends KaribuTest {

    static final String FIRST = "Officials said the talks would resume in May. The minister said the deal was signed on Monday "
            + "after a long night. Critics said the plan was reckless and rushed.\n\n"
            + "Later, officials repeated it: the talks would resume in May.";

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;


    private ClaimAnnotation annotate(long articleId, String text, String quote) {
        int start = text.indexOf(quote);
        return SystemTask.call(() -> annotations.create(articleId, start, start + quote.length(), new Attribution("ANONYMOUS_VAGUE")));
    }

    @Test
    void aCorrectedTextKeepsUntouchedClaimsFlagsRewordedOnesAndOrphansDeletedOnes() {
        var article = SystemTask.call(() -> articles.importArticle(ArticleFixtures.draft("Revision Post", "Deal signed",
                ArticleFixtures.uniqueText(FIRST))));
        var text = article.getText();
        var talks = annotate(article.getId(), text, "the talks would resume in May");
        var deal = annotate(article.getId(), text, "the deal was signed on Monday after a long night");
        var critics = annotate(article.getId(), text, "the plan was reckless and rushed");

        login("ed", Role.Names.EDITOR);
        UI.getCurrent().navigate("articles/" + article.getId());
        _click(_get(Button.class, spec -> spec.withText("New revision")));
        var corrected = "Updated at 10:00. " + text
                .replace("Officials said the talks would resume in May. ", "")
                .replace("signed on Monday after a long night", "signed on Tuesday after a long night");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Corrected text")), corrected);
        _click(_get(Button.class, spec -> spec.withText("Save revision")));

        assertThat(notificationTexts()).anyMatch(t -> t.contains("Revision 2 saved. Annotations: 1 anchored, 1 with changed text to confirm, 1 orphaned."));
        Map<Long, ClaimAnnotation> byId = SystemTask.call(() -> annotations.forArticle(article.getId())).stream()
                .collect(Collectors.toMap(ClaimAnnotation::getId, a -> a));
        var newText = SystemTask.call(() -> articles.find(article.getId()).orElseThrow().getText());
        assertThat(byId.get(critics.getId())).satisfies(a -> {
            assertThat(a.getAnchorState()).isEqualTo(AnchorState.ANCHORED);
            assertThat(newText.substring(a.getStart(), a.getEnd())).isEqualTo("the plan was reckless and rushed");
        });
        assertThat(byId.get(deal.getId())).satisfies(a -> {
            assertThat(a.getAnchorState()).isEqualTo(AnchorState.TEXT_CHANGED);
            assertThat(a.getQuote()).isEqualTo("the deal was signed on Tuesday after a long night");
            assertThat(a.getPreviousQuote()).isEqualTo("the deal was signed on Monday after a long night");
        });
        // the same words still stand in the last paragraph, but that is another sentence: not captured
        assertThat(byId.get(talks.getId()).getAnchorState()).isEqualTo(AnchorState.ORPHANED);
        assertThat(_get(ClaimList.class).getElement().getTextRecursively()).contains("Orphaned (1)");
        assertThat(ClaimListRows.texts()).anyMatch(row -> row.contains("text changed") && row.contains("signed on Tuesday"));

        _get(ClaimTextView.class).clicked(deal.getId().toString());
        assertThat(_get(AnnotationEditor.class).getElement().getTextRecursively()).contains("It was: ")
                .contains("signed on Monday");
        _click(_get(Button.class, spec -> spec.withText("Confirm new wording")));
        assertThat(SystemTask.call(() -> annotations.find(deal.getId()).orElseThrow()).getAnchorState()).isEqualTo(AnchorState.ANCHORED);

        _click(_get(Button.class, spec -> spec.withText("Revision 2")));
        // the earlier revisions, not "More about the source" nor the open annotation's history in the side panel
        assertThat(_find(Details.class, spec -> spec.withoutClasses("more-about-source")).stream()
                .filter(d -> !(d instanceof AnnotationHistory))).singleElement().satisfies(d -> {
            assertThat(d.getSummaryText()).startsWith("Revision 1 \u2014 replaced").endsWith("by ed");
            assertThat(d.getElement().getTextRecursively()).contains("Officials said the talks would resume in May.");
        });
    }

    @Test
    void aClaimSelectedOnAPageOpenedBeforeARevisionIsRefusedNotMisplaced() {
        var article = SystemTask.call(() -> articles.importArticle(ArticleFixtures.draft("Revision Post", "Stale page",
                ArticleFixtures.uniqueText("Officials said the talks would resume in May."))));
        login("ed", Role.Names.EDITOR);
        UI.getCurrent().navigate("articles/" + article.getId());
        var text = article.getText();
        int start = text.indexOf("the talks");
        _get(ClaimTextView.class).selected(start, start + "the talks would resume".length(), "the talks would resume");
        _get(ClaimTextView.class).newClaim();
        // meanwhile another editor inserts a sentence at the start
        SystemTask.run(() -> articles.revise(article.getId(), "Updated. " + text));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.claimtrace.attribution.AttributionTag> type =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Attribution type"));
        _setValue(type, type.getListDataView().getItems().filter(t -> t.getCode().equals("ANONYMOUS_VAGUE")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("may have been revised since you opened it"));
        assertThat(SystemTask.call(() -> annotations.forArticle(article.getId()))).isEmpty();
        assertThat(_get(AnnotationEditor.class).isVisible()).isTrue();
    }

    @Test
    void anUnchangedOrEmptyRevisionIsRefusedAndChangesNothing() {
        var article = SystemTask.call(() -> articles.importArticle(ArticleFixtures.draft("Revision Post", "Same",
                ArticleFixtures.uniqueText("Nothing changes here, officials said."))));
        login("ed", Role.Names.EDITOR);
        UI.getCurrent().navigate("articles/" + article.getId());
        _click(_get(Button.class, spec -> spec.withText("New revision")));
        _click(_get(Button.class, spec -> spec.withText("Save revision")));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("already stored; nothing changed"));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Corrected text")), "   ");
        _click(_get(Button.class, spec -> spec.withText("Save revision")));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("The article text is empty."));
        assertThat(SystemTask.call(() -> articles.find(article.getId()).orElseThrow()).getRevision()).isEqualTo(1);
    }
}
