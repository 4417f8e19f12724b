package org.claimtrace.base.live;

import com.vaadin.flow.shared.Registration;

import java.util.function.LongConsumer;

/**
 * Tells every open view, on every app node, that something changed: a topic ("review-item", "article") and the id
 * of what changed, nothing else. A receiver reloads what it shows from the database, so it never shows a state
 * it was told about but that another node has since replaced. Published after the current transaction commits
 * (at once outside one), so a receiver always finds the change stored. See docs/decisions/013-live-collaboration.md.
 */
public interface Broadcaster {

    /** Topics in use. A topic is a word; the id says which record of it changed. */
    String REVIEW_SESSION = "review-session";
    String REVIEW_ITEM = "review-item";
    /** Who looks at what in a review session (the session's id): views refresh who is looking, nothing else. */
    String REVIEW_PRESENCE = "review-presence";
    String ARTICLE = "article";

    void publish(String topic, long id);

    /**
     * Calls {@code listener} with the id of every change of the topic, on a thread of the broadcaster's own: a
     * Vaadin view wraps its work in {@code ui.access}. Remove the registration when the view detaches.
     */
    Registration subscribe(String topic, LongConsumer listener);
}
