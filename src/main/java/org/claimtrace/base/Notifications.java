package org.claimtrace.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The one place that shows messages to the user, so they look and last the same everywhere. */
public final class Notifications {

    private static final String ACTION = "action-notification";

    private Notifications() {
    }

    public static Notification success(String message) {
        return show(message, NotificationVariant.LUMO_SUCCESS, 4000);
    }

    public static Notification info(String message) {
        return show(message, NotificationVariant.LUMO_CONTRAST, 4000);
    }

    /** Errors stay until closed: the user must be able to read why nothing was saved. */
    public static Notification error(String message) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setPosition(Notification.Position.MIDDLE);
        var close = new Button("Close", e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(new Span(message), close));
        notification.open();
        return notification;
    }

    /**
     * A message with one action, e.g. "Undo" or "Open the existing article". Only the newest action stays
     * offered: an older Undo would undo out of order.
     */
    public static Notification withAction(String message, String actionText, Runnable action) {
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.getChildren().filter(c -> c instanceof Notification n && n.hasClassName(ACTION))
                    .map(Notification.class::cast).toList().forEach(old -> {
                        old.close();
                        ui.remove(old);
                    });
        }
        var notification = new Notification();
        notification.addClassName(ACTION);
        notification.setDuration(15_000);
        notification.setPosition(Notification.Position.MIDDLE);
        var act = new Button(actionText, e -> {
            notification.close();
            action.run();
        });
        act.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var close = new Button("Close", e -> notification.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Component text = new Span(message);
        notification.add(new HorizontalLayout(text, act, close));
        notification.open();
        return notification;
    }

    private static Notification show(String message, NotificationVariant variant, int duration) {
        // bottom right: clear of the left-aligned form buttons a user reaches for next
        var notification = Notification.show(message, duration, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
        return notification;
    }
}
