package org.claimtrace.base.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Keeps a view up to date while it is on screen: subscribed on attach, unsubscribed on detach, and each change
 * handled inside {@code ui.access} (pushed to the browser) as the user who opened the view, so the services'
 * role checks see that user and not the broadcaster's thread.
 */
public final class LiveView {

    private LiveView() {
    }

    public static void follow(Component view, Broadcaster broadcaster, String topic, LongConsumer onChange) {
        LiveView.<Long>follow(view, listener -> broadcaster.subscribe(topic, listener::accept), onChange::accept);
    }

    /**
     * The same for any source of changes, e.g. {@link SharedReads#subscribe}: {@code subscribe} registers a listener
     * (called on a thread of the source's own), and {@code onChange} runs with what it hands over.
     */
    public static <T> void follow(Component view, Function<Consumer<T>, Registration> subscribe, Consumer<T> onChange) {
        Registration[] subscription = {null};
        view.addAttachListener(attach -> {
            var ui = attach.getUI();
            var context = SecurityContextHolder.getContext();
            if (subscription[0] != null) {
                subscription[0].remove();
            }
            subscription[0] = subscribe.apply(change -> access(ui, context, () -> onChange.accept(change)));
        });
        view.addDetachListener(detach -> {
            if (subscription[0] != null) {
                subscription[0].remove();
                subscription[0] = null;
            }
        });
    }

    private static void access(UI ui, SecurityContext context, Runnable work) {
        try {
            ui.access(() -> {
                var previous = SecurityContextHolder.getContext();
                SecurityContextHolder.setContext(context);
                try {
                    work.run();
                } finally {
                    SecurityContextHolder.setContext(previous);
                }
            });
        } catch (UIDetachedException closed) {
            // the tab was closed or left between the change and its delivery: nobody is left to tell
        }
    }
}
