package org.claimtrace.review;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.claimtrace.base.live.Broadcaster;
import org.claimtrace.base.live.SharedReads;
import org.claimtrace.security.SystemTask;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The review changes this node's open session pages follow, each read once here for all of them: a changed item as
 * an {@link ItemSnapshot} (every page takes only what its user may see, with {@link ItemSnapshot#viewFor}), and who
 * is looking at a session. Fifty open pages cost one read per change, not fifty.
 */
@Component
public class ReviewFeed {

    /** Who has which claim of a session open (key -1: the queue itself), as read once for this node's pages. */
    public record Presence(long sessionId, Map<Long, Set<String>> lookers) {
    }

    private final SharedReads<ItemSnapshot> items;
    private final SharedReads<Presence> presence;

    ReviewFeed(Broadcaster broadcaster, ReviewService reviews, ReviewPresence lookers) {
        this.items = new SharedReads<>(broadcaster, Broadcaster.REVIEW_ITEM, itemId -> SystemTask.call(() -> reviews.snapshot(itemId)));
        this.presence = new SharedReads<>(broadcaster, Broadcaster.REVIEW_PRESENCE, sessionId ->
                Optional.of(new Presence(sessionId, SystemTask.call(() -> lookers.present(sessionId)))));
    }

    /** Every change of an item (status, assignees, verdicts, evidence, comments) of any session, read once. */
    public Registration followItems(Consumer<ItemSnapshot> follower) {
        return items.subscribe(follower);
    }

    /** Every change of who looks at what, per session. */
    public Registration followPresence(Consumer<Presence> follower) {
        return presence.subscribe(follower);
    }

    @PreDestroy
    void close() {
        items.close();
        presence.close();
    }
}
