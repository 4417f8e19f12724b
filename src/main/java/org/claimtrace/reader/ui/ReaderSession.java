package org.claimtrace.reader.ui;

import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.Selections;
import org.claimtrace.annotation.SuggestionService;
import org.claimtrace.article.Article;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.ClaimSuggestion;
import org.claimtrace.base.ConflictException;
import org.claimtrace.base.Notifications;
import org.claimtrace.base.UndoBar;
import org.claimtrace.attribution.TypeImplications;
import org.claimtrace.base.Refusal;
import org.claimtrace.claim.ui.MatchLinker;
import org.claimtrace.linking.Match;
import org.claimtrace.reader.ArticleSnapshot;

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
    private final UndoBar undo = new UndoBar();
    private final ReaderPanel panel;
    private final AnnotationHistory history;

    private List<ClaimAnnotation> annotations = List.of();
    private List<ClaimSuggestion> suggestions = List.of();
    private boolean showSuggestions = true;
    private Selections.Span selection;
    /** The span of the new annotation being edited: fixed when the editor opens, whatever is selected later (the cue). */
    private Selections.Span newClaimSpan;
    private ClaimAnnotation editing;
    private Integer editingSuggestion;
    /** The tags as this reader shows them (codes, names, colours): part of the key of a shared rendering. */
    private final String tagsKey;
    /** The newest shared read shown ({@link ArticleSnapshot#sequence}). */
    private long shownSequence;

    ReaderSession(Article article, List<AttributionTag> tags, Map<String, AttributionTag> tagsByCode,
                  ReaderServices services, boolean canEdit) {
        this.article = article;
        this.text = article.getText();
        this.tags = tags;
        this.tagsByCode = tagsByCode;
        this.services = services;
        this.canEdit = canEdit;
        this.tagsKey = tags.stream().map(t -> t.getCode() + "=" + t.getName() + "=" + t.getColour())
                .collect(java.util.stream.Collectors.joining(","));
        this.editor = new AnnotationEditor(tags, () -> Optional.ofNullable(selection).map(s -> s.of(text)), matchesPanel,
                canEdit, this);
        this.history = new AnnotationHistory(services.history());
        editor.addPage("History", history);
        this.panel = new ReaderPanel(undo, editor, claimList, canEdit ? suggestionList : null);
    }

    ClaimTextView text() { return textView; }
    AnnotationEditor editor() { return editor; }
    ReaderPanel panel() { return panel; }
    UndoBar undoBar() { return undo; }
    AnnotationHistory history() { return history; }

    void refresh() {
        annotations = services.annotations().forArticle(article.getId());
        suggestions = canEdit && showSuggestions ? services.suggestions().pending(article.getId()) : List.of();
        render();
        claimList.show(annotations, tagsByCode);
        suggestionList.show(suggestions, tagsByCode);
        panel.counts(annotations.size(), suggestions.size());
    }

    /**
     * Someone else changed the article's annotations: show theirs, keep what this editor has open (the form, the
     * selection), and say so when it is the claim open here that changed or went.
     */
    void refreshFromElsewhere(ArticleSnapshot change) {
        if (change.sequence() < shownSequence) {
            return; // an older read that arrived after a newer one
        }
        shownSequence = change.sequence();
        annotations = change.annotations();
        suggestions = canEdit && showSuggestions ? change.pending() : List.of();
        String selectedId = selectedId();
        textView.setMarkup(change.markup(article.getRevision() + "|" + tagsKey + "|" + (canEdit && showSuggestions) + "|" + selectedId,
                () -> ReaderView.markup(text, annotations, suggestions, tagsByCode, selectedId)));
        claimList.show(annotations, tagsByCode);
        suggestionList.show(suggestions, tagsByCode);
        panel.counts(annotations.size(), suggestions.size());
        if (selection != null && editingSuggestion == null) {
            textView.select(selection.start(), selection.end());
        }
        if (editing != null) {
            var now = annotations.stream().filter(a -> a.getId().equals(editing.getId())).findFirst();
            if (now.isEmpty()) {
                Notifications.info("Someone else deleted the annotation you have open. Your form stays; saving it will be refused.");
            } else if (now.get().getVersion() != editing.getVersion()) {
                Notifications.info("Someone else changed the annotation you have open. Your form stays; Cancel and reopen it to see theirs.");
            }
        }
    }

    private void render() {
        textView.setMarkup(ReaderView.markup(text, annotations, suggestions, tagsByCode, selectedId()));
    }

    private String selectedId() {
        return editing != null ? editing.getId().toString() : editingSuggestion != null ? "s" + editingSuggestion : null;
    }

    /** Opens an annotation of this article by its id, as a link from another view asks. */
    void openById(long annotationId) {
        annotations.stream().filter(a -> a.getId() == annotationId).findFirst().ifPresentOrElse(this::open,
                () -> Notifications.info("That annotation is not in this article any more."));
    }

    void toggleSuggestions() {
        showSuggestions = !showSuggestions;
        refresh();
        Notifications.info(showSuggestions ? suggestions.size() + " suggestions shown (dashed underline)." : "Suggestions hidden.");
    }

    // --- the text tells us ---

    @Override
    public void selected(int start, int end, String clientText) {
        try {
            var span = Selections.confirm(text, start, end, clientText);
            selection = span;
            if (span.start() != start || span.end() != end) {
                // only if the browser's selection is still the one reported: the editor may have extended it meanwhile
                textView.snap(start, end, span.start(), span.end());
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
            Notifications.info("Your role can read annotations but not create them.");
        } else if (selection == null) {
            Notifications.info("Select the words to annotate first (or press s to select the sentence at the caret).");
        } else if (!editorFree()) {
            return;
        } else {
            editing = null;
            editingSuggestion = null;
            newClaimSpan = selection;
            var attribution = TypeImplications.filled(new Attribution(type == null ? null : type.getCode()));
            editor.openNew(selection.of(text), attribution);
            panel.showEditor();
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
            case "?" -> KeyboardHelp.forReader().open();
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
        services.detector().get().sentenceAt(text, caret).ifPresent(s -> {
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
            Notifications.info("Save or cancel the annotation you are editing first.");
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
        panel.showEditor();
        history.show(annotation);
        showMatches(annotation);
        if (!canEdit) {
            editor.form().setReadOnly(true);
        }
        render();
        textView.select(annotation.getStart(), annotation.getEnd());
    }

    private void showMatches(ClaimAnnotation annotation) {
        var found = services.matches().matchesFor(annotation.getId(), 5);
        matchesPanel.show(annotation, found, tagsByCode, canEdit, this::link);
        editor.setMatchCount(found.size());
    }

    private void link(Match match) {
        new MatchLinker(services.claims()).link(editing.getId(), match, this::afterLinkChange, undo);
    }

    private void afterLinkChange(long annotationId) {
        boolean onMatches = editor.isShowingMatches();
        closeEditor();
        refresh();
        services.annotations().find(annotationId).ifPresent(annotation -> {
            open(annotation);
            if (onMatches) {
                editor.showMatches();
            }
        });
    }

    private void openSuggestion(int index) {
        if (!canEdit || index >= suggestions.size() || !editorFree()) {
            return;
        }
        editing = null;
        editingSuggestion = index;
        var suggestion = suggestions.get(index);
        editor.openSuggestion(suggestion.quote(), SuggestionService.attributionOf(suggestion));
        panel.showEditor();
        render();
        textView.select(suggestion.start(), suggestion.end());
    }

    // --- the editor's actions ---

    @Override
    public void save(Attribution attribution) {
        try {
            if (editingSuggestion != null) {
                var created = services.suggestions().accept(article.getId(), suggestions.get(editingSuggestion), attribution);
                offerUndo("Suggestion accepted as an annotation.", () -> deleteQuietly(created.getId()));
            } else if (editing != null) {
                var before = editing.getAttribution();
                var saved = services.annotations().update(editing.getId(), editing.getVersion(), attribution);
                offerUndo("Annotation saved.", () -> services.annotations().find(saved.getId())
                        .ifPresent(now -> services.annotations().update(now.getId(), now.getVersion(), before)));
            } else if (newClaimSpan != null) {
                var created = services.annotations().create(article.getId(), newClaimSpan.start(), newClaimSpan.end(),
                        newClaimSpan.of(text), attribution);
                offerUndo("Annotation saved.", () -> deleteQuietly(created.getId()));
            }
            closeEditor();
            refresh();
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void deleteQuietly(long annotationId) {
        services.annotations().find(annotationId).ifPresent(a -> services.annotations().delete(a.getId(), a.getVersion()));
    }

    /** Offers to undo what was just done; the undo refreshes the page and closes an editor it would contradict. */
    private void offerUndo(String message, Runnable undoAction) {
        undo.offer(message, () -> {
            undoAction.run();
            closeEditor();
            refresh();
        });
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
        offerUndo("Annotation deleted.", () -> services.annotations().restore(deleted.getId()));
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
            var was = editing;
            var moved = services.annotations().reselect(editing.getId(), editing.getVersion(), selection.start(), selection.end(),
                    selection.of(text));
            closeEditor();
            refresh();
            open(moved);
            offerUndo("The annotation now covers the selected text.", () -> services.annotations().find(was.getId())
                    .ifPresent(now -> services.annotations().reselect(now.getId(), now.getVersion(), was.getStart(), was.getEnd(),
                            was.getQuote())));
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
        long dismissal = services.suggestions().dismiss(article.getId(), suggestions.get(editingSuggestion));
        closeEditor();
        refresh();
        offerUndo("Suggestion dismissed; it will not be proposed again.", () -> services.suggestions().undoDismiss(dismissal));
    }

    private void closeEditor() {
        history.show(null);
        // the selection was used up by what the editor did: a later refresh (a change announced by this or another
        // editor) must not select the old words again, or the next click on a highlight reads as a selection
        selection = null;
        newClaimSpan = null;
        editing = null;
        editingSuggestion = null;
        panel.showLists();
    }
}
