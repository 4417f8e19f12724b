package org.claimtrace.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Runs the formatting of an export on a second thread while the calling thread keeps reading the
 * database: the two halves take about the same time, so on two cores the export runs near the speed of
 * the slower one instead of their sum. Rows travel in small batches through a short queue, so memory
 * stays bounded; the database work stays on the caller's thread, inside its transaction.
 */
final class Handoff<T> implements Consumer<T> {

    private static final int BATCH = 512;
    private static final int BATCHES_IN_FLIGHT = 8;
    private static final List<Object> END = List.of();

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private final Thread consumer;
    private volatile Throwable failure;
    private List<Object> batch = new ArrayList<>(BATCH);

    private Handoff(Consumer<T> downstream) {
        this.consumer = Thread.ofPlatform().name("export-writer").daemon().start(() -> drain(downstream));
    }

    /** Feeds every row {@code source} produces to {@code downstream} on a second thread; returns when all are written. */
    static <T> void run(Consumer<Consumer<T>> source, Consumer<T> downstream) {
        var handoff = new Handoff<>(downstream);
        try {
            source.accept(handoff);
        } catch (RuntimeException | Error e) {
            handoff.abandon();
            throw e;
        }
        handoff.finish();
    }

    @Override
    public void accept(T row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    @SuppressWarnings("unchecked")
    private void drain(Consumer<T> downstream) {
        try {
            for (var rows = queue.take(); rows != END; rows = queue.take()) {
                for (var row : rows) {
                    downstream.accept((T) row);
                }
            }
        } catch (Throwable e) {
            failure = e;
            queue.clear();
        }
    }

    private void put(List<Object> rows) {
        try {
            while (failure == null && !queue.offer(rows, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                // the writer is behind (or gone): wait, checking that it is still there
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Export interrupted", e);
        }
        rethrow();
    }

    private void finish() {
        if (!batch.isEmpty()) {
            put(batch);
        }
        put(END);
        try {
            consumer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Export interrupted", e);
        }
        rethrow();
    }

    private void abandon() {
        failure = failure == null ? new IllegalStateException("abandoned") : failure;
        consumer.interrupt();
    }

    private void rethrow() {
        var e = failure;
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }
}
