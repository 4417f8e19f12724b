package org.claimtrace.base.live;

import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;

/**
 * What changed, read from the database once on this node and handed to every open view that follows it: one
 * subscription to the broadcaster's topic per node, one {@code read} per change (only while some view follows),
 * then the same snapshot to each follower, each on a virtual thread of its own. Without it, each of N open views
 * read the same rows as its own work on every change (N reads sharing the node's cores). The snapshot must be
 * immutable, and whatever in it some viewer may not see must be filtered per viewer by the follower. On PostgreSQL
 * the broadcaster carries ids only, so each node reads once. See docs/decisions/024-shared-reads.md.
 */
public final class SharedReads<S> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SharedReads.class);

    private final String topic;
    private final LongFunction<Optional<S>> read;
    private final List<Consumer<S>> followers = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("shared-read-delivery-", 0).factory());
    private final Registration subscription;
    private final ReentrantLock reading = new ReentrantLock();

    /** {@code read} runs on the broadcaster's thread with no user of its own: it sets up what the read needs. */
    public SharedReads(Broadcaster broadcaster, String topic, LongFunction<Optional<S>> read) {
        this.topic = topic;
        this.read = read;
        this.subscription = broadcaster.subscribe(topic, this::changed);
    }

    /** Calls {@code follower} with each change's snapshot, on a thread of its own; remove it when the view detaches. */
    public Registration subscribe(Consumer<S> follower) {
        followers.add(follower);
        return () -> followers.remove(follower);
    }

    private void changed(long id) {
        if (followers.isEmpty()) {
            return;
        }
        Optional<S> snapshot;
        // one read at a time, in the order the changes arrived: a later snapshot is never older than an earlier one
        // (a follower may still receive them out of order, each on its own thread; the snapshot says how to tell)
        reading.lock();
        try {
            snapshot = read.apply(id);
        } catch (RuntimeException e) {
            log.warn("Reading {} {} for the open views failed", topic, id, e);
            return;
        } finally {
            reading.unlock();
        }
        snapshot.ifPresent(s -> followers.forEach(follower -> delivery.execute(() -> {
            try {
                follower.accept(s);
            } catch (RuntimeException e) {
                log.warn("A follower of {} failed on {}", topic, id, e);
            }
        })));
    }

    int followers() {
        return followers.size();
    }

    @Override
    public void close() {
        subscription.remove();
        delivery.shutdownNow();
    }
}
