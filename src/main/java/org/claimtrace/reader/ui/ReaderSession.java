package org.claimtrace.reader.ui;

import com.vaadin.flow.component.UI;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.Selections;
import org.claimtrace.annotation.SuggestionService;
import org.claimtrace.article.Article;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.ClaimSuggestion;
import org.claimtrace.base.ConflictException;
import org.claimtrace.base.Notifications;
import org.claimtrace.base.Refusal;
import org.claimtrace.claim.ui.MatchLinker;
import org.claimtrace.linking.Match;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Annotating one article: what is selected, what the editor is open on, and what every mouse action
 * and key does. Nothing the editor typed is dropped: a refused save keeps the form as it was.
 */
class ReaderSession implements ClaimTextView.Listener, AnnotationEditor.Actions {

    private final Article article;
    private final String text;
    private final List<AttributionTag> tags;
    private final Map<String, AttributionTag> tagsByCode;
    private final ReaderServices services;
    private final boolean canEdit;
    private final ClaimTextView textView = new ClaimTextView(this);
    private final AnnotationEditor editor;
    private final ClaimList claimList = new ClaimList(this::open);
    private final SuggestionList suggestionList = new SuggestionList(this::openSuggestion);
    private final MatchesPanel matchesPanel = new MatchesPanel();
    private final AnnotationHistory history;

    private List<ClaimAnnotation> annotations = List.of();
    private List<ClaimSuggestion> suggestions = List.of();
    private boolean showSuggestions = true;
    private Selections.Span selection;
    /** The span of the new claim being edited: fixed when the editor opens, whatever is selected later (the cue). */
    private Selections.Span newClaimSpan;
    private ClaimAnnotation editing;
    private Integer editingSuggestion;

    ReaderSession(Article article, List<AttributionTag> tags, Map<String, AttributionTag> tagsByCode,
                  ReaderServices services, boolean canEdit) {
        this.article = article;
        this.text = article.getText();
        this.tags = tags;
        this.tagsByCode = tagsByCode;
        this.services = services;
        this.canEdit = canEdit;
        this.editor = new AnnotationEditor(tags, () -> Optional.ofNullable(selection).map(s -> s.of(text)), this);
        editor.setVisible(false);
        this.history = new AnnotationHistory(services.history());
    }

    ClaimTextView text() { return textView; }
    AnnotationEditor editor() { return editor; }
    ClaimList claimList() { return claimList; }
    SuggestionList suggestionList() { return suggestionList; }
    MatchesPanel matchesPanel() { return matchesPanel; }
    AnnotationHistory history() { return history; }

    void refresh() {
        annotations = services.annotations().forArticle(article.getId());
        suggestions = canEdit && showSuggestions ? services.suggestions().pending(article.getId()) : List.of();
        render();
        claimList.show(annotations, tagsByCode);
        suggestionList.show(suggestions, tagsByCode);
    }

    /**
     * Someone else changed the article's annotations: show theirs, keep what this editor has open (the form, the
     * selection), and say so when it is the claim open here that changed or went.
     */
    void refreshFromElsewhere() {
        refresh();
        if (selection != null && editingSuggestion == null) {
            textView.select(selection.start(), selection.end());
        }
        if (editing != null) {
            var now = annotations.stream().filter(a -> a.getId().equals(editing.getId())).findFirst();
            if (now.isEmpty()) {
                Notifications.info("Someone else deleted the claim you have open. Your form stays; saving it will be refused.");
            } else if (now.get().getVersion() != editing.getVersion()) {
                Notifications.info("Someone else changed the claim you have open. Your form stays; Cancel and reopen it to see theirs.");
            }
        }
    }

    private void render() {
        String selectedId = editing != null ? editing.getId().toString() : editingSuggestion != null ? "s" + editingSuggestion : null;
        textView.setMarkup(ReaderView.markup(text, annotations, suggestions, tagsByCode, selectedId));
    }

    void toggleSuggestions() {
        showSuggestions = !showSuggestions;
        refresh();
        Notifications.info(showSuggestions ? suggestions.size() + " suggestions shown (dashed)." : "Suggestions hidden.");
    }

    // --- the text tells us ---

    @Override
    public void selected(int start, int end, String clientText) {
        try {
            var span = Selections.confirm(text, start, end, clientText);
            selection = span;
            if (span.start() != start || span.end() != end) {
                textView.select(span.start(), span.end());
            }
            if (canEdit && !editor.isVisible()) {
                textView.showNewClaimAction();
            }
        } catch (Refusal rejected) {
            selection = null;
            Notifications.error(rejected.getMessage());
        }
    }

    @Override
    public void newClaim() {
        newClaim(null);
    }

    private void newClaim(AttributionTag type) {
        if (!canEdit) {
            Notifications.info("Your role can read claims but not create them.");
        } else if (selection == null) {
            Notifications.info("Select the words of the claim first (or press s to select the sentence at the caret).");
        } else if (!editorFree()) {
            return;
        } else {
            editing = null;
            editingSuggestion = null;
            newClaimSpan = selection;
            var attribution = new Attribution(type == null ? null : type.getCode());
            editor.openNew(selection.of(text), attribution);
            textView.hideNewClaimAction();
            render();
        }
    }

    @Override
    public void clicked(String ids) {
        var first = ids.split(" ")[0];
        if (first.startsWith("s")) {
            openSuggestion(Integer.parseInt(first.substring(1)));
        } else if (!first.isBlank()) {
            annotations.stream().filter(a -> a.getId().toString().equals(first)).findFirst().ifPresent(this::open);
        }
    }

    @Override
    public void shortcut(String key, int caret) {
        switch (key) {
            case "?" -> new KeyboardHelp().open();
            case "Escape" -> cancel();
            case "n" -> newClaim();
            case "s" -> selectSentence(caret);
            case "j" -> step(caret, 1);
            case "k" -> step(caret, -1);
            case "a" -> acceptFocusedSuggestion(caret);
            case "x" -> dismissFocusedSuggestion(caret);
            case "Delete", "Backspace" -> {
                if (editing != null) {
                    delete();
                }
            }
            default -> pickType(key);
        }
    }

    private void selectSentence(int caret) {
        if (caret < 0) {
            Notifications.info("Click in the text first: the sentence at the caret is selected.");
            return;
        }
        services.detector().sentenceAt(text, caret).ifPresent(s -> {
            selection = Selections.snap(text, s[0], s[1]);
            textView.select(selection.start(), selection.end());
            if (canEdit && !editor.isVisible()) {
                textView.showNewClaimAction();
            }
        });
    }

    private void step(int caret, int direction) {
        var live = annotations.stream().filter(a -> a.getAnchorState() != org.claimtrace.anchoring.AnchorState.ORPHANED)
                .sorted(Comparator.comparingInt(ClaimAnnotation::getStart)).toList();
        if (live.isEmpty()) {
            return;
        }
        int from = editing != null ? editing.getStart() : Math.max(caret, 0);
        var target = direction > 0
                ? live.stream().filter(a -> a.getStart() > from).findFirst().orElse(live.getFirst())
                : live.reversed().stream().filter(a -> a.getStart() < from).findFirst().orElse(live.getLast());
        open(target);
    }

    private void pickType(String key) {
        var tag = tags.stream().filter(t -> key.equals(t.getShortcutKey())).findFirst();
        if (tag.isEmpty()) {
            return;
        }
        if (editor.isVisible()) {
            editor.form().pickTypeByKey(key);
        } else if (selection != null) {
            newClaim(tag.get());
        }
    }

    private Optional<Integer> focusedSuggestion(int caret) {
        if (editingSuggestion != null) {
            return Optional.of(editingSuggestion);
        }
        for (int i = 0; i < suggestions.size(); i++) {
            if (suggestions.get(i).end() > caret) {
                return Optional.of(i);
            }
        }
        return suggestions.isEmpty() ? Optional.empty() : Optional.of(0);
    }

    private void acceptFocusedSuggestion(int caret) {
        focusedSuggestion(caret).ifPresent(i -> {
            if (editingSuggestion != null && editingSuggestion == i) {
                editor.form().write().ifPresent(this::save);
            } else if (editorFree()) {
                editingSuggestion = i;
                save(SuggestionService.attributionOf(suggestions.get(i)));
            }
        });
    }

    private void dismissFocusedSuggestion(int caret) {
        focusedSuggestion(caret).ifPresent(i -> {
            editingSuggestion = i;
            dismissSuggestion();
        });
    }

    // --- opening things in the editor ---

    private boolean editorFree() {
        if (editor.isVisible() && editor.form().hasChanges()) {
            Notifications.info("Save or cancel the claim you are editing first.");
            return false;
        }
        return true;
    }

    void open(ClaimAnnotation annotation) {
        if (!editorFree()) {
            return;
        }
        editing = annotation;
        editingSuggestion = null;
        editor.openExisting(annotation);
        history.show(annotation);
        showMatches(annotation);
        if (!canEdit) {
            editor.form().setReadOnly(true);
        }
        render();
        textView.select(annotation.getStart(), annotation.getEnd());
    }

    private void showMatches(ClaimAnnotation annotation) {
        matchesPanel.show(annotation, services.matches().matchesFor(annotation.getId(), 5), tagsByCode, canEdit, this::link);
        matchesPanel.setVisible(true);
    }

    private void link(Match match) {
        new MatchLinker(services.claims()).link(editing.getId(), match, this::afterLinkChange);
    }

    private void afterLinkChange(long annotationId) {
        closeEditor();
        refresh();
        services.annotations().find(annotationId).ifPresent(this::open);
    }

    private void openSuggestion(int index) {
        if (!canEdit || index >= suggestions.size() || !editorFree()) {
            return;
        }
        editing = null;
        editingSuggestion = index;
        var suggestion = suggestions.get(index);
        editor.openSuggestion(suggestion.quote(), SuggestionService.attributionOf(suggestion));
        render();
        textView.select(suggestion.start(), suggestion.end());
    }

    // --- the editor's actions ---

    @Override
    public void save(Attribution attribution) {
        try {
            if (editingSuggestion != null) {
                services.suggestions().accept(article.getId(), suggestions.get(editingSuggestion), attribution);
                Notifications.success("Suggestion accepted as a claim.");
            } else if (editing != null) {
                services.annotations().update(editing.getId(), editing.getVersion(), attribution);
                Notifications.success("Claim saved.");
            } else if (newClaimSpan != null) {
                services.annotations().create(article.getId(), newClaimSpan.start(), newClaimSpan.end(),
                        newClaimSpan.of(text), attribution);
                Notifications.success("Claim saved.");
            }
            closeEditor();
            refresh();
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        }
    }

    @Override
    public void cancel() {
        closeEditor();
        render();
    }

    @Override
    public void delete() {
        if (editing == null) {
            return;
        }
        var deleted = editing;
        try {
            services.annotations().delete(deleted.getId(), deleted.getVersion());
        } catch (ConflictException stale) {
            Notifications.error(stale.getMessage());
            return;
        }
        closeEditor();
        refresh();
        var ui = UI.getCurrent();
        Notifications.withAction("Claim deleted.", "Undo", () -> {
            services.annotations().restore(deleted.getId());
            refresh();
            ui.access(() -> Notifications.success("Claim restored."));
        });
    }

    @Override
    public void reselect() {
        if (editing == null) {
            return;
        }
        if (selection == null) {
            Notifications.info("Select the new text in the article first, then press \u201cRe-select span\u201d.");
            return;
        }
        try {
            var moved = services.annotations().reselect(editing.getId(), editing.getVersion(), selection.start(), selection.end(),
                    selection.of(text));
            closeEditor();
            refresh();
            open(moved);
            Notifications.success("The claim now covers the selected text.");
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        }
    }

    @Override
    public void confirmWording() {
        try {
            var confirmed = services.annotations().confirmNewWording(editing.getId(), editing.getVersion());
            refresh();
            editing = null;
            open(confirmed);
            Notifications.success("New wording confirmed.");
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        }
    }

    @Override
    public void dismissSuggestion() {
        if (editingSuggestion == null) {
            return;
        }
        services.suggestions().dismiss(article.getId(), suggestions.get(editingSuggestion));
        closeEditor();
        refresh();
        Notifications.info("Suggestion dismissed; it will not be proposed again.");
    }

    private void closeEditor() {
        history.show(null);
        matchesPanel.setVisible(false);
        newClaimSpan = null;
        editing = null;
        editingSuggestion = null;
        editor.setVisible(false);
    }
}
