package org.claimtrace.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.AttributionTag;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The side panel's editor: the quote and the attribution form, for a new claim, a saved one or a
 * suggestion. It reports back through {@link Actions}; the reader saves.
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

    private final AttributionForm form;
    private final Actions actions;
    private final Div header = new Div();
    private final HorizontalLayout buttons = new HorizontalLayout();

    AnnotationEditor(List<AttributionTag> tags, Supplier<Optional<String>> currentSelection, Actions actions) {
        this.actions = actions;
        this.form = new AttributionForm(tags, currentSelection);
        addClassName("annotation-editor");
        setId("annotation-editor");
        buttons.setWrap(true);
        add(header, form, buttons);
    }

    AttributionForm form() {
        return form;
    }

    void openNew(String quote, Attribution attribution) {
        show(Mode.NEW, "New claim", quote, attribution, null);
    }

    void openSuggestion(String quote, Attribution attribution) {
        show(Mode.SUGGESTION, "Suggested claim", quote, attribution, null);
    }

    void openExisting(ClaimAnnotation annotation) {
        show(Mode.EXISTING, "Claim", annotation.getQuote(), annotation.getAttribution(), annotation);
    }

    private void show(Mode mode, String title, String quote, Attribution attribution, ClaimAnnotation annotation) {
        header.removeAll();
        header.add(new H3(title));
        var q = new Div(quote);
        q.addClassName("editor-quote");
        header.add(q);
        if (annotation != null && annotation.getAnchorState() == AnchorState.TEXT_CHANGED) {
            var was = new Div(new Span("Text changed in a new revision. It was: "), new Span("\u201c" + annotation.getPreviousQuote() + "\u201d"));
            was.addClassName("state-changed");
            header.add(was);
        }
        if (annotation != null && annotation.getClaimId() != null) {
            var claim = new com.vaadin.flow.component.html.Anchor("claims/" + annotation.getClaimId(), "Part of a cross-outlet claim: open the claim page");
            claim.addClassName("state-linked");
            header.add(new Div(claim));
        }
        if (annotation != null && annotation.getAnchorState() == AnchorState.ORPHANED) {
            var orphan = new Div("Orphaned: this text is no longer in the article. Select new text and press \u201cRe-select span\u201d to re-attach it.");
            orphan.addClassName("state-orphaned");
            header.add(orphan);
        }
        form.read(attribution);
        buttons.removeAll();
        var save = new Button(mode == Mode.SUGGESTION ? "Accept" : "Save", e -> form.write().ifPresent(actions::save));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
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
            buttons.add(new Button("Re-select span", e -> actions.reselect()));
            var delete = new Button("Delete", e -> actions.delete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        buttons.add(new Button("Cancel", e -> actions.cancel()));
        setVisible(true);
    }
}
