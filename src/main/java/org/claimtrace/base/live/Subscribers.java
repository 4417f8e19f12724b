package org.claimtrace.base.live;

import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

/**
 * The listeners of this node, by topic, each called on a virtual thread of its own: a publisher never waits for a
 * view, the open views reload side by side rather than one after another (a view's reload takes its session's
 * lock and a few queries), and one listener's failure reaches no other.
 */
final class Subscribers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Subscribers.class);

    private final Map<String, List<LongConsumer>> byTopic = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("broadcast-delivery-", 0).factory());

    Registration add(String topic, LongConsumer listener) {
        var listeners = byTopic.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void deliver(String topic, long id) {
        var listeners = byTopic.get(topic);
        if (listeners == null || listeners.isEmpty()) {
            return;
        }
        for (var listener : listeners) {
            delivery.execute(() -> {
                try {
                    listener.accept(id);
                } catch (RuntimeException e) {
                    log.warn("A listener of {} failed on {}", topic, id, e);
                }
            });
        }
    }

    int count() {
        return byTopic.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public void close() {
        delivery.shutdownNow();
    }
}
