package org.claimtrace.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import sun.misc.Signal;

import java.time.Duration;
import java.util.List;
import java.util.Set;
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
 * Once the application takes traffic they load one after another on one daemon thread, in the order registered;
 * whoever needs a model before that loads it on the spot (and a second caller waits for the first).
 *
 * <p>On shutdown a model being loaded is allowed to finish (up to {@code claimtrace.models.shutdown-wait},
 * 30 s) before the context closes, so the JVM does not exit while native code is still reading a model.
 * Waiting in the context's close is not enough on its own: the ONNX runtime registers a JVM shutdown hook of its
 * own that releases its native environment, and the JVM runs all shutdown hooks at once, so a SIGTERM during the
 * embedding model's load crashed the JVM inside {@code OrtSession.createSession} (seen in the startup benchmark,
 * 3 stops in 12). So SIGTERM and SIGINT are taken here first: no model load begins after the signal, one under
 * way is waited for, and only then does the JVM exit (status 143 or 130), running the shutdown hooks.
 */
@Component
public class BackgroundModels implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundModels.class);

    private final List<Model<?>> registered = new CopyOnWriteArrayList<>();
    private final Duration shutdownWait;
    private static final Set<BackgroundModels> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        for (var name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), signal -> Thread.ofPlatform().name("stop-after-models").start(() -> {
                    LIVE.forEach(BackgroundModels::quiesce);
                    System.exit(128 + signal.getNumber());
                }));
            } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
                // no such signal here (or the JVM runs with -Xrs): the context's own wait is all there is
            }
        }
    }

    private volatile boolean closing;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "model-loading");
        thread.setDaemon(true);
        return thread;
    });

    BackgroundModels(@Value("${claimtrace.models.shutdown-wait:30s}") Duration shutdownWait) {
        this.shutdownWait = shutdownWait;
        LIVE.add(this);
    }

    /** A model that loads in the background once the application is ready, or on first use if that comes first. */
    public <T> Model<T> register(String name, Supplier<T> load) {
        var model = new Model<>(name, load, this);
        registered.add(model);
        return model;
    }

    /** Once the app takes traffic (health UP), not before: a load on two cores would slow the last steps of the start. */
    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> readiness) {
        if (readiness.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            loadAll();
        }
    }

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
        quiesce();
        LIVE.remove(this);
    }

    /** From now on no model load begins (a caller gets a refusal); one under way is waited for, up to the shutdown wait. */
    void quiesce() {
        synchronized (this) {
            closing = true;
        }
        loader.shutdown();
        long deadline = System.nanoTime() + shutdownWait.toNanos();
        for (var model : registered) {
            model.awaitWhileLoading(deadline);
        }
    }

    /** Marks a load as begun unless the app is stopping (one lock with {@link #quiesce}, so none slips between). */
    private synchronized boolean begin(Model<?> model) {
        if (closing) {
            return false;
        }
        model.loading = true;
        return true;
    }

    /** A model that may not be loaded yet. */
    public static final class Model<T> {

        private final String name;
        private final FutureTask<T> task;
        private volatile boolean loading;

        private Model(String name, Supplier<T> load, BackgroundModels owner) {
            this.name = name;
            this.task = new FutureTask<>(() -> {
                long start = System.nanoTime();
                if (!owner.begin(this)) {
                    throw new IllegalStateException("The app is stopping: " + name + " is not loaded");
                }
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
            return task.state() == java.util.concurrent.Future.State.SUCCESS;
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
