package org.claimtrace.reader.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.KaribuTest;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleFixtures;
import org.claimtrace.article.ArticleService;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.OnRecord;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

class ReaderViewTest extends KaribuTest {

    static final String STORY = "Officials said the talks would resume next week. "
            + "A White House spokesman, John F. Kirby, said the talks were \u201cactively advancing.\u201d\n\n"
            + "Kim reportedly plans to travel to Russia by armored train.";

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;


    private long story(String body) {
        return SystemTask.call(() -> articles.importArticle(ArticleFixtures.draft("Reader Test Post", "Talks to resume",
                ArticleFixtures.uniqueText(body))).getId());
    }

    /** The suggestion list, also while its tab is not the one shown (Karibu's look-ups find visible ones only). */
    private static SuggestionList suggestionList() {
        return descendants(UI.getCurrent()).filter(SuggestionList.class::isInstance).map(SuggestionList.class::cast)
                .findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(com.vaadin.flow.component.Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.getChildren().flatMap(ReaderViewTest::descendants));
    }

    private static boolean editorOpen() {
        return !_find(AnnotationEditor.class).isEmpty();
    }

    private static ClaimTextView textView() {
        return _get(ClaimTextView.class);
    }

    private static Document markup() {
        return Jsoup.parseBodyFragment(textView().markup());
    }

    private void open(long id, String user, String role) {
        login(user, role);
        UI.getCurrent().navigate("articles/" + id);
    }

    private static void select(String quote) {
        var text = textView().markup().isEmpty() ? "" : plainText();
        int start = text.indexOf(quote);
        textView().selected(start, start + quote.length(), quote);
    }

    private static String plainText() {
        var paragraphs = markup().select("p");
        var text = new StringBuilder();
        for (Element p : paragraphs) {
            while (text.length() < Integer.parseInt(p.attr("data-start"))) {
                text.append('\n');
            }
            text.append(p.wholeText());
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static void chooseType(String name) {
        Select<AttributionTag> type = _get(Select.class, spec -> spec.withLabel("Attribution type"));
        _setValue(type, type.getListDataView().getItems().filter(t -> t.getName().equals(name)).findFirst().orElseThrow());
    }

    private List<ClaimAnnotation> stored(long articleId) {
        return SystemTask.call(() -> annotations.forArticle(articleId));
    }

    @Test
    void theReaderShowsMetadataAndTheTextAsParagraphsWithOffsets() {
        long id = story(STORY);
        open(id, "vera", Role.Names.VIEWER);
        assertThat(_get(H2.class).getText()).isEqualTo("Talks to resume");
        var paragraphs = markup().select("p");
        assertThat(paragraphs).extracting(p -> p.attr("data-start")).startsWith("0", Integer.toString(STORY.indexOf("\n\n") + 2));
        assertThat(plainText()).startsWith(STORY);
    }

    @Test
    void markupInAnArticleIsEscapedNeverRendered() {
        long id = story("Before <script>window.pwned=1</script> and <img src=x onerror=\"window.pwned=2\"> after.");
        open(id, "vera", Role.Names.VIEWER);
        assertThat(textView().markup()).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;").doesNotContain("<script")
                .doesNotContain("<img");
        assertThat(markup().select("p").first().text()).contains("<script>window.pwned=1</script>");
    }

    @Test
    void anUnknownArticleSaysSo() {
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("articles/999999");
        assertThat(_get(H2.class).getText()).isEqualTo("No such article");
    }

    @Test
    void anEditorSelectsTextCreatesAClaimAndSeesItHighlighted() {
        long id = story(STORY);
        open(id, "ed", Role.Names.EDITOR);
        select("the talks would resume next week");
        textView().newClaim();
        assertThat(editorOpen()).isTrue();
        chooseType("Anonymous, vague");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Source as written")), "Officials");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Cue")), "said");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        var saved = stored(id);
        assertThat(saved).singleElement().satisfies(a -> {
            assertThat(a.getQuote()).isEqualTo("the talks would resume next week");
            assertThat(a.getAttribution().getTypeCode()).isEqualTo("ANONYMOUS_VAGUE");
            assertThat(a.getAttribution().getSourceAsWritten()).isEqualTo("Officials");
            assertThat(a.getCreatedBy()).isEqualTo("ed");
        });
        var marks = markup().select("mark[data-ids=" + saved.getFirst().getId() + "]");
        assertThat(marks.text()).isEqualTo("the talks would resume next week");
        assertThat(marks.attr("title")).isEqualTo("Anonymous, vague \u2014 Officials");
        assertThat(ClaimListRows.texts()).singleElement().asString().contains("the talks would resume next week")
                .contains("Source: Officials");
    }

    @Test
    void aSelectionIsSnappedToWholeWordsWithoutSpaces() {
        long id = story(STORY);
        open(id, "ed", Role.Names.EDITOR);
        var text = plainText();
        int start = text.indexOf("alks would") ;
        int end = text.indexOf("resume") + 3;
        textView().selected(start - 0, end, text.substring(start, end));
        textView().newClaim();
        chooseType("Anonymous, vague");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(stored(id)).singleElement().extracting(ClaimAnnotation::getQuote).isEqualTo("talks would resume");
    }

    @Test
    void emptyOutsideOrUnconfirmedSelectionsAreRefusedWithAMessage() {
        long id = story(STORY);
        open(id, "ed", Role.Names.EDITOR);
        var text = plainText();
        int space = text.indexOf(" ");
        textView().selected(space, space + 1, " ");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("The selection is empty"));
        textView().selected(5, text.length() + 500, "whatever");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("outside the article text"));
        textView().selected(0, 9, "Something else");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("does not match the article as stored"));
        textView().newClaim();
        assertThat(editorOpen()).isFalse();
        assertThat(stored(id)).isEmpty();
    }

    @Test
    void aClaimWithoutTypeIsNotSavedAndTheFormSaysWhy() {
        long id = story(STORY);
        open(id, "ed", Role.Names.EDITOR);
        select("Kim reportedly plans to travel to Russia");
        textView().newClaim();
        _click(_get(Button.class, spec -> spec.withText("Save")));
        Select<?> type = _get(Select.class, spec -> spec.withLabel("Attribution type"));
        assertThat(type.isInvalid()).isTrue();
        assertThat(stored(id)).isEmpty();
    }

    @Test
    void anAnonymousSourceWithoutAReasonIsWarnedNotBlocked() {
        long id = story(STORY);
        open(id, "ed", Role.Names.EDITOR);
        select("the talks would resume next week");
        textView().newClaim();
        var form = _get(AttributionForm.class);
        chooseType("Anonymous, vague");
        assertThat(form.isAnonymityWarningShown()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Anonymity reason")), "not authorized to speak publicly");
        assertThat(form.isAnonymityWarningShown()).isFalse();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Anonymity reason")), "");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(stored(id)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void overlappingAndNestedHighlightsShowEveryAnnotationOnEachCharacter() {
        long id = story(STORY);
        var text = SystemTask.call(() -> articles.find(id).orElseThrow().getText());
        int sentence = text.indexOf("A White House spokesman");
        int inner = text.indexOf("John F. Kirby");
        var outer = SystemTask.call(() -> annotations.create(id, sentence, text.indexOf("\u201d") + 1, new Attribution("NAMED_PERSON")));
        var nested = SystemTask.call(() -> annotations.create(id, inner, inner + "John F. Kirby".length(), new Attribution("NAMED_PERSON")));
        var overlapping = SystemTask.call(() -> annotations.create(id, text.indexOf("next week"), inner + 4, new Attribution("ANONYMOUS_VAGUE")));
        open(id, "vera", Role.Names.VIEWER);
        var kirby = markup().select("mark").stream().filter(m -> m.text().equals("John")).findFirst().orElseThrow();
        assertThat(kirby.attr("data-ids").split(" ")).containsExactly(nested.getId().toString(),
                overlapping.getId().toString(), outer.getId().toString());
        assertThat(kirby.attr("style")).contains("inset 0 -3px 0").contains("inset 0 -6px 0").contains("inset 0 -9px 0");
        // every character of each annotation is inside a mark that lists it
        for (var a : List.of(outer, nested, overlapping)) {
            var covered = new StringBuilder();
            markup().select("mark").stream().filter(m -> List.of(m.attr("data-ids").split(" ")).contains(a.getId().toString()))
                    .forEach(m -> covered.append(m.wholeText()));
            assertThat(covered.toString()).isEqualTo(a.getQuote());
        }
    }

    @Test
    void deletingAClaimCanBeUndone() {
        long id = story(STORY);
        var text = SystemTask.call(() -> articles.find(id).orElseThrow().getText());
        var claim = SystemTask.call(() -> annotations.create(id, 0, text.indexOf(" said"), new Attribution("ANONYMOUS_VAGUE")));
        open(id, "ed", Role.Names.EDITOR);
        textView().clicked(claim.getId().toString());
        _click(_get(Button.class, spec -> spec.withText("Delete")));
        assertThat(stored(id)).isEmpty();
        assertThat(markup().select("mark:not(.suggestion)")).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Undo")));
        assertThat(stored(id)).extracting(ClaimAnnotation::getId).containsExactly(claim.getId());
        assertThat(markup().select("mark:not(.suggestion)").text()).isEqualTo("Officials");
    }

    @Test
    void anAnnotationAnotherEditorAddsAppearsLiveAndWhatThisEditorHasOpenStays() {
        long id = story(STORY);
        var text = SystemTask.call(() -> articles.find(id).orElseThrow().getText());
        var mine = SystemTask.call(() -> annotations.create(id, 0, text.indexOf(" said"), new Attribution("ANONYMOUS_VAGUE")));
        open(id, "ed", Role.Names.EDITOR);
        textView().clicked(mine.getId().toString());
        var note = _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel("Note"));
        _setValue(note, "My careful note");

        int start = text.indexOf("Kim reportedly");
        var theirs = SystemTask.call(() -> annotations.create(id, start, text.indexOf(" plans"), new Attribution("OTHER_OUTLET")));
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).until(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            return !markup().select("mark[data-ids=" + theirs.getId() + "]").isEmpty();
        });
        assertThat(markup().select("mark[data-ids=" + theirs.getId() + "]").text()).isEqualTo("Kim reportedly");
        // this editor's open annotation: still selected in the text, its form as typed
        assertThat(markup().select("mark.selected[data-ids=" + mine.getId() + "]")).isNotEmpty();
        assertThat(editorOpen()).isTrue();
        assertThat(note.getValue()).isEqualTo("My careful note");
    }

    @Test
    void anotherEditorsChangeUpdatesTheTypeCountsInPlaceAndLeavesUnchangedSuggestionsAsTheyWere() {
        long id = story(STORY);
        var text = SystemTask.call(() -> articles.find(id).orElseThrow().getText());
        var first = SystemTask.call(() -> annotations.create(id, 0, text.indexOf(" said"), new Attribution("ANONYMOUS_VAGUE")));
        open(id, "ed", Role.Names.EDITOR);
        var count = _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("count"));
        assertThat(count.getText()).isEqualTo("1");
        var suggestionRows = suggestionList().getChildren().toList();
        assertThat(suggestionRows).isNotEmpty();

        // an edit that leaves the suggestions as they were: the list keeps its rows (nothing is built or sent again)
        var edited = new Attribution("ANONYMOUS_VAGUE");
        edited.setSourceAsWritten("officials");
        SystemTask.call(() -> annotations.update(first.getId(), first.getVersion(), edited));
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).until(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            return markup().select("mark[data-ids=" + first.getId() + "]").attr("title").contains("officials");
        });
        assertThat(suggestionList().getChildren().toList()).containsExactlyElementsOf(suggestionRows);

        // a second annotation of the same type: the same count now says 2
        int start = text.indexOf("Kim reportedly");
        var second = SystemTask.call(() -> annotations.create(id, start, text.indexOf(" plans"), new Attribution("ANONYMOUS_VAGUE")));
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(10)).until(() -> {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            return !markup().select("mark[data-ids=" + second.getId() + "]").isEmpty();
        });
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("count"))).isSameAs(count);
        assertThat(count.getText()).isEqualTo("2");
    }

    @Test
    void aConcurrentEditIsReportedAndTheEditorKeepsWhatWasTyped() {
        long id = story(STORY);
        var text = SystemTask.call(() -> articles.find(id).orElseThrow().getText());
        var claim = SystemTask.call(() -> annotations.create(id, 0, text.indexOf(" said"), new Attribution("ANONYMOUS_VAGUE")));
        open(id, "ed", Role.Names.EDITOR);
        textView().clicked(claim.getId().toString());
        var note = _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel("Note"));
        _setValue(note, "My careful note");
        var other = new Attribution("ANONYMOUS_DESCRIBED");
        other.setNote("Someone else's change");
        SystemTask.call(() -> annotations.update(claim.getId(), claim.getVersion(), other));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Someone else changed or removed this since you opened it"));
        assertThat(note.getValue()).isEqualTo("My careful note");
        assertThat(editorOpen()).isTrue();
        assertThat(stored(id)).singleElement().satisfies(a -> assertThat(a.getAttribution().getNote()).isEqualTo("Someone else's change"));
    }

    @Test
    void keyboardSelectsASentenceCreatesAClaimPicksATypeAndMovesBetweenClaims() {
        long id = story(STORY);
        open(id, "ed", Role.Names.EDITOR);
        var text = plainText();
        textView().shortcut("s", text.indexOf("Kirby"));
        textView().shortcut("n", -1);
        textView().shortcut("1", -1);
        var form = _get(AttributionForm.class);
        assertThat(form.type.getValue().getCode()).isEqualTo("NAMED_PERSON");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(stored(id)).singleElement().extracting(ClaimAnnotation::getQuote)
                .isEqualTo("A White House spokesman, John F. Kirby, said the talks were \u201cactively advancing.\u201d");
        textView().shortcut("s", text.indexOf("armored"));
        textView().shortcut("8", -1);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        var claims = stored(id);
        assertThat(claims).hasSize(2);
        textView().shortcut("j", 0);
        assertThat(_get(AttributionForm.class).type.getValue().getCode()).isEqualTo("NAMED_PERSON");
        textView().shortcut("j", 0);
        assertThat(_get(AttributionForm.class).type.getValue().getCode()).isEqualTo("OTHER_OUTLET");
        textView().shortcut("k", 0);
        assertThat(_get(AttributionForm.class).type.getValue().getCode()).isEqualTo("NAMED_PERSON");
        textView().shortcut("Escape", 0);
        assertThat(editorOpen()).isFalse();
        textView().shortcut("?", 0);
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Keyboard shortcuts");
    }

    @Test
    void theCueCanBePickedBySelectingItsWordsInTheText() {
        long id = story(STORY);
        open(id, "ed", Role.Names.EDITOR);
        select("the talks would resume next week");
        textView().newClaim();
        select("said");
        _click(_get(Button.class, spec -> spec.withText("Use selected words")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Cue")).getValue()).isEqualTo("said");
        chooseType("Anonymous, vague");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(stored(id)).singleElement().satisfies(a -> {
            assertThat(a.getQuote()).isEqualTo("the talks would resume next week");
            assertThat(a.getAttribution().getCue()).isEqualTo("said");
        });
    }

    @Test
    void aClaimIsMovedToNewlySelectedTextWithReSelectSpan() {
        long id = story(STORY);
        var text = SystemTask.call(() -> articles.find(id).orElseThrow().getText());
        var claim = SystemTask.call(() -> annotations.create(id, 0, text.indexOf(" said"), new Attribution("ANONYMOUS_VAGUE")));
        open(id, "ed", Role.Names.EDITOR);
        textView().clicked(claim.getId().toString());
        _click(_get(Button.class, spec -> spec.withText("Re-select span")));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Select the new text in the article first"));
        select("the talks would resume next week");
        _click(_get(Button.class, spec -> spec.withText("Re-select span")));
        assertThat(stored(id)).singleElement().satisfies(a -> {
            assertThat(a.getId()).isEqualTo(claim.getId());
            assertThat(a.getQuote()).isEqualTo("the talks would resume next week");
        });
    }

    @Test
    void aViewerCanReadClaimsButNotCreateThem() {
        long id = story(STORY);
        open(id, "vera", Role.Names.VIEWER);
        select("the talks would resume next week");
        textView().newClaim();
        assertThat(notificationTexts()).anyMatch(t -> t.contains("can read annotations but not create them"));
        assertThat(editorOpen()).isFalse();
        assertThat(stored(id)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTypeFillsWhatItImpliesAndOpensTheFieldsItAsksForWithoutOverridingTheEditor() {
        long id = story(STORY);
        open(id, "ed", Role.Names.EDITOR);
        select("the talks would resume next week");
        textView().newClaim();
        var form = _get(AttributionForm.class);
        assertThat(form.more.isOpened()).isFalse();
        chooseType("Anonymous, described");
        assertThat(form.onRecord.getValue()).isEqualTo(OnRecord.ANONYMOUS);
        assertThat(form.more.isOpened()).isTrue();
        chooseType("Named person");
        assertThat(form.onRecord.getValue()).as("what the type filled, the next type replaces").isEqualTo(OnRecord.ON_RECORD);
        _setValue(form.onRecord, OnRecord.BACKGROUND);
        chooseType("Anonymous, vague");
        assertThat(form.onRecord.getValue()).as("the editor's own choice stays").isEqualTo(OnRecord.BACKGROUND);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(stored(id)).singleElement().satisfies(a -> assertThat(a.getAttribution().getOnRecord()).isEqualTo(OnRecord.BACKGROUND));
    }

    @Test
    void examplesAreHelpTextNeverPlaceholdersThatLookLikeValues() {
        long id = story(STORY);
        open(id, "ed", Role.Names.EDITOR);
        select("the talks would resume next week");
        textView().newClaim();
        for (var label : List.of("Source as written", "Anonymity reason", "Basis of knowledge")) {
            var field = _get(TextField.class, spec -> spec.withLabel(label));
            assertThat(field.getPlaceholder()).as(label).isNullOrEmpty();
            assertThat(field.getHelperText()).as(label).contains("e.g.");
        }
    }

    @Test
    void theEditorTakesThePanelAndTheListsComeBackWhenItCloses() {
        long id = story(STORY);
        open(id, "ed", Role.Names.EDITOR);
        var lists = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("reader-lists"));
        assertThat(lists.isVisible()).isTrue();
        select("the talks would resume next week");
        textView().newClaim();
        assertThat(lists.isVisible()).isFalse();
        assertThat(_get(AnnotationEditor.class).isVisible()).isTrue();
        textView().shortcut("Escape", 0);
        assertThat(lists.isVisible()).isTrue();
    }

    @Test
    void savingANewAnnotationCanBeUndoneFromThePanel() {
        long id = story(STORY);
        open(id, "ed", Role.Names.EDITOR);
        select("the talks would resume next week");
        textView().newClaim();
        chooseType("Anonymous, vague");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(stored(id)).hasSize(1);
        assertThat(_get(org.claimtrace.base.UndoBar.class).text()).isEqualTo("Annotation saved.");
        _click(_get(Button.class, spec -> spec.withText("Undo")));
        assertThat(stored(id)).isEmpty();
        assertThat(markup().select("mark:not(.suggestion)")).isEmpty();
    }

    @Test
    void editingAnAttributionCanBeUndone() {
        long id = story(STORY);
        var text = SystemTask.call(() -> articles.find(id).orElseThrow().getText());
        var claim = SystemTask.call(() -> annotations.create(id, 0, text.indexOf(" said"), new Attribution("ANONYMOUS_VAGUE")));
        open(id, "ed", Role.Names.EDITOR);
        textView().clicked(claim.getId().toString());
        chooseType("Named person");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(stored(id).getFirst().getAttribution().getTypeCode()).isEqualTo("NAMED_PERSON");
        _click(_get(Button.class, spec -> spec.withText("Undo")));
        assertThat(stored(id).getFirst().getAttribution().getTypeCode()).isEqualTo("ANONYMOUS_VAGUE");
    }

    @Test
    void aLinkFromAnotherViewOpensTheAnnotation() {
        long id = story(STORY);
        var text = SystemTask.call(() -> articles.find(id).orElseThrow().getText());
        var claim = SystemTask.call(() -> annotations.create(id, 0, text.indexOf(" said"), new Attribution("ANONYMOUS_VAGUE")));
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("articles/" + id, com.vaadin.flow.router.QueryParameters.of("annotation", claim.getId().toString()));
        assertThat(editorOpen()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("editor-quote")).getText()).isEqualTo("Officials");
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).isEmpty();
    }
}
