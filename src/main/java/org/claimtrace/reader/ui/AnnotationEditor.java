package org.claimtrace.reader.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.NativeButton;
import org.claimtrace.base.TabStrip;
import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.AttributionTag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The side panel's editor for a new annotation, a saved one or a suggestion. Laid out so the common path
 * never scrolls: a header with the quote, pages as tabs (the attribution form; Matches for a saved
 * annotation; other features may add pages with {@link #addPage}), and an action bar that stays at the
 * bottom of the panel whatever the page's length. It reports back through {@link Actions}; the reader saves.
 */
class AnnotationEditor extends Div {

    interface Actions {
        void save(Attribution attribution);

        void cancel();

        void delete();

        void reselect();

        void confirmWording();

        void dismissSuggestion();
    }

    enum Mode { NEW, EXISTING, SUGGESTION }

    static final String ATTRIBUTION_PAGE = "Attribution";
    static final String MATCHES_PAGE = "Matches";

    private final AttributionForm form;
    private final Actions actions;
    private final boolean canEdit;
    private final H3 title = new H3();
    private final Div header = new Div();
    private final Div quote = new Div();
    private final Div notes = new Div();
    private final TabStrip tabs = new TabStrip("Pages of the annotation");
    private final Div body = new Div();
    private final Div buttons = new Div();
    private final Map<NativeButton, Component> pages = new LinkedHashMap<>();
    private final NativeButton attributionTab;
    private final NativeButton matchesTab;
    private Mode mode;

    AnnotationEditor(List<AttributionTag> tags, Supplier<Optional<String>> currentSelection, Component matches,
                     boolean canEdit, Actions actions) {
        this.actions = actions;
        this.canEdit = canEdit;
        this.form = new AttributionForm(tags, currentSelection);
        addClassName("annotation-editor");
        setId("annotation-editor");
        var close = new Button(VaadinIcon.CLOSE.create(), e -> actions.cancel());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel("Close the editor (Esc)");
        close.setTooltipText("Close (Esc)");
        var titleRow = new Div(title, close);
        titleRow.addClassName("editor-title");
        header.addClassName("editor-header");
        quote.addClassName("editor-quote");
        header.add(titleRow, quote, notes);
        notes.addClassName("editor-notes");
        tabs.addClassName("editor-tabs");
        body.addClassName("editor-body");
        buttons.addClassName("editor-actions");
        buttons.setId("editor-actions");
        attributionTab = addPage(ATTRIBUTION_PAGE, form);
        matchesTab = addPage(MATCHES_PAGE, matches);
        tabs.onSelect(this::showPage);
        body.getElement().setAttribute("role", "tabpanel");
        add(header, tabs, body, buttons);
        showPage(attributionTab);
    }

    AttributionForm form() {
        return form;
    }

    /** A further page of the editor (e.g. an annotation's history), shown as one more tab. */
    NativeButton addPage(String label, Component content) {
        var tab = tabs.addTab(label);
        pages.put(tab, content);
        return tab;
    }

    void showMatches() {
        tabs.select(matchesTab);
    }

    void setMatchCount(int count) {
        matchesTab.setText(MATCHES_PAGE + " (" + count + ")");
    }

    boolean isShowingMatches() {
        return tabs.selected() == matchesTab;
    }

    Mode mode() {
        return mode;
    }

    void openNew(String quote, Attribution attribution) {
        show(Mode.NEW, "New annotation", quote, attribution, null);
    }

    void openSuggestion(String quote, Attribution attribution) {
        show(Mode.SUGGESTION, "Suggested annotation", quote, attribution, null);
    }

    void openExisting(ClaimAnnotation annotation) {
        show(Mode.EXISTING, "Annotation", annotation.getQuote(), annotation.getAttribution(), annotation);
    }

    private void showPage(NativeButton tab) {
        body.removeAll();
        body.add(pages.get(tab));
        body.getElement().executeJs("this.scrollTop = 0");
    }

    private void show(Mode mode, String heading, String quoted, Attribution attribution, ClaimAnnotation annotation) {
        this.mode = mode;
        title.setText(heading);
        quote.setText(quoted);
        notes.removeAll();
        if (annotation != null && annotation.getAnchorState() == AnchorState.TEXT_CHANGED) {
            var was = new Div(new Span("Text changed in a new revision. It was: "), new Span("\u201c" + annotation.getPreviousQuote() + "\u201d"));
            was.addClassName("state-changed");
            notes.add(was);
        }
        if (annotation != null && annotation.getClaimId() != null) {
            var claim = new Anchor("claims/" + annotation.getClaimId(), "Part of a claim across outlets: open the claim page");
            claim.addClassName("state-linked");
            notes.add(new Div(claim));
        }
        if (annotation != null && annotation.getAnchorState() == AnchorState.ORPHANED) {
            var orphan = new Div("Orphaned: this text is no longer in the article. Select new text and press \u201cRe-select span\u201d to re-attach it.");
            orphan.addClassName("state-orphaned");
            notes.add(orphan);
        }
        form.read(attribution);
        matchesTab.setVisible(mode == Mode.EXISTING);
        tabs.setVisible(tabs.visibleCount() > 1);
        tabs.select(attributionTab);
        showPage(attributionTab);
        buttons.removeAll();
        if (canEdit) {
            var save = new Button(mode == Mode.SUGGESTION ? "Accept" : "Save", e -> form.write().ifPresent(actions::save));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("editor-primary");
            buttons.add(save);
            if (mode == Mode.SUGGESTION) {
                buttons.add(new Button("Dismiss", e -> actions.dismissSuggestion()));
            }
            if (mode == Mode.EXISTING) {
                if (annotation.getAnchorState() == AnchorState.TEXT_CHANGED) {
                    var confirm = new Button("Confirm new wording", e -> actions.confirmWording());
                    confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
                    buttons.add(confirm);
                }
                var reselect = new Button("Re-select span", e -> actions.reselect());
                reselect.setTooltipText("Select new text in the article first; the annotation moves there");
                buttons.add(reselect);
                var delete = new Button("Delete", e -> actions.delete());
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
                buttons.add(delete);
            }
        }
        buttons.add(new Button(canEdit ? "Cancel" : "Close", e -> actions.cancel()));
        setVisible(true);
    }
}
