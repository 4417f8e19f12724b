package org.claimtrace.base.live;

import com.vaadin.flow.shared.Registration;

import java.util.function.LongConsumer;

/** One app node (the embedded H2 database): changes reach this JVM's views only. */
public final class LocalBroadcaster implements Broadcaster, AutoCloseable {

    private final Subscribers subscribers = new Subscribers();

    @Override
    public void publish(String topic, long id) {
        AfterCommit.run(() -> subscribers.deliver(topic, id));
    }

    @Override
    public Registration subscribe(String topic, LongConsumer listener) {
        return subscribers.add(topic, listener);
    }

    @Override
    public void close() {
        subscribers.close();
    }
}
