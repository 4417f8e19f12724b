package org.claimtrace.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The one place where the app's language models load (the OpenNLP models of the cue detector, the sentence
 * embedding model of the matcher): never on the start-up path, so the login page does not wait for them.
 * Once the application is ready they load one after another on one daemon thread, in the order registered;
 * whoever needs a model before that loads it on the spot (and a second caller waits for the first).
 *
 * <p>On shutdown a model being loaded is allowed to finish (up to {@code claimtrace.models.shutdown-wait},
 * 30 s) before the context closes, so the JVM does not exit while native code is still reading a model.
 */
@Component
public class BackgroundModels implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundModels.class);

    private final List<Model<?>> registered = new CopyOnWriteArrayList<>();
    private final Duration shutdownWait;
    private volatile boolean closing;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "model-loading");
        thread.setDaemon(true);
        return thread;
    });

    BackgroundModels(@Value("${claimtrace.models.shutdown-wait:30s}") Duration shutdownWait) {
        this.shutdownWait = shutdownWait;
    }

    /** A model that loads in the background once the application is ready, or on first use if that comes first. */
    public <T> Model<T> register(String name, Supplier<T> load) {
        var model = new Model<>(name, load);
        registered.add(model);
        return model;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAll() {
        registered.forEach(model -> loader.execute(() -> {
            if (!closing) {
                model.load();
            }
        }));
    }

    /** Waits until every registered model is loaded (or failed), loading on this thread what has not begun. */
    public void awaitAll() {
        for (var model : registered) {
            try {
                model.get();
            } catch (IllegalStateException failed) {
                // logged where it failed
            }
        }
    }

    /** Drops the loads not begun and waits for one under way, wherever it runs (not interrupted: native code ignores that). */
    @Override
    public void destroy() {
        closing = true;
        loader.shutdown();
        long deadline = System.nanoTime() + shutdownWait.toNanos();
        for (var model : registered) {
            model.awaitWhileLoading(deadline);
        }
    }

    /** A model that may not be loaded yet. */
    public static final class Model<T> {

        private final String name;
        private final FutureTask<T> task;
        private volatile boolean loading;

        private Model(String name, Supplier<T> load) {
            this.name = name;
            this.task = new FutureTask<>(() -> {
                long start = System.nanoTime();
                loading = true;
                try {
                    T model = load.get();
                    log.info("Loaded {} in {} ms ({})", name, (System.nanoTime() - start) / 1_000_000, Thread.currentThread().getName());
                    return model;
                } catch (RuntimeException | Error e) {
                    log.error("Could not load {}", name, e);
                    throw e;
                } finally {
                    loading = false;
                }
            });
        }

        /** The model, loading it now on this thread unless it is loaded or loading already. */
        public T get() {
            load();
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Could not load " + name, e.getCause());
            }
        }

        public boolean isLoaded() {
            return task.isDone() && !task.isCancelled();
        }

        private void awaitWhileLoading(long deadline) {
            if (!loading) {
                return;
            }
            try {
                task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                log.warn("{} was still loading at shutdown; closing anyway", name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // logged where it failed
            }
        }

        /** Runs the load unless another thread has started it (FutureTask runs at most once). */
        private void load() {
            task.run();
        }
    }
}
