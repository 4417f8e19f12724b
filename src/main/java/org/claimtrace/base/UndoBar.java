package org.claimtrace.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Where a view offers to take back what was just done: a status line the view places beside the work (the
 * reader's side panel, above a list), never over it, and not timed out while the user reads. Only the
 * newest action is offered: an older undo would undo out of order.
 */
public class UndoBar extends Div {

    private final Span message = new Span();
    private final Button undo = new Button("Undo");
    private final Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> clear());
    private Runnable action;

    public UndoBar() {
        addClassName("undo-bar");
        setId("undo-bar");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        undo.addClickListener(e -> runUndo());
        close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Dismiss");
        close.setTooltipText("Dismiss");
        message.addClassName("undo-message");
        add(message, undo, close);
        setVisible(false);
    }

    /** Says what was done and offers to undo it, replacing any earlier offer. */
    public void offer(String text, Runnable undoAction) {
        action = undoAction;
        message.setText(text);
        undo.setVisible(true);
        setVisible(true);
    }

    /** Says what was done when it cannot be undone, replacing any earlier offer. */
    public void say(String text) {
        action = null;
        message.setText(text);
        undo.setVisible(false);
        setVisible(true);
    }

    public void clear() {
        action = null;
        setVisible(false);
    }

    public String text() {
        return message.getText();
    }

    private void runUndo() {
        var taking = action;
        action = null;
        if (taking == null) {
            return;
        }
        try {
            taking.run();
            say("Undone: " + lowerFirst(message.getText()));
        } catch (Refusal refused) {
            clear();
            Notifications.error("Could not undo. " + refused.getMessage());
        }
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
