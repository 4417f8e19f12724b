package org.claimtrace.base;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundModelsTest {

    private final BackgroundModels models = new BackgroundModels(Duration.ofSeconds(30));

    @Test
    void aModelNeededBeforeTheAppIsReadyLoadsOnFirstUseOnceForAllCallers() throws Exception {
        var loads = new AtomicInteger();
        var model = models.register("a model", () -> {
            loads.incrementAndGet();
            return new Object();
        });
        assertThat(model.isLoaded()).isFalse();
        try (var callers = Executors.newFixedThreadPool(4)) {
            var first = callers.submit(model::get);
            var second = callers.submit(model::get);
            assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(second.get(10, TimeUnit.SECONDS));
        }
        models.loadAll();
        models.destroy();
        assertThat(loads).hasValue(1);
        assertThat(model.isLoaded()).isTrue();
    }

    @Test
    void modelsLoadInTheBackgroundOnceTheApplicationTakesTraffic() throws Exception {
        var loaded = new CountDownLatch(1);
        var model = models.register("a model", () -> {
            loaded.countDown();
            return "ready";
        });
        models.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        assertThat(loaded.await(300, TimeUnit.MILLISECONDS)).as("nothing loads before the app takes traffic").isFalse();
        models.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(loaded.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(model.get()).isEqualTo("ready");
        models.destroy();
    }

    @Test
    void shutdownWaitsForAModelStillLoading() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var finished = new AtomicBoolean();
        models.register("a slow model", () -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException("a model load must not be interrupted", e);
            }
            finished.set(true);
            return "done";
        });
        models.loadAll();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        var closing = Thread.currentThread();
        var releaser = Thread.ofPlatform().start(() -> {
            // let the load finish only once the closing thread is blocked inside destroy()
            while (closing.getState() != Thread.State.TIMED_WAITING && closing.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            release.countDown();
        });
        models.destroy();
        releaser.join();
        assertThat(finished).as("destroy() returned only after the load finished").isTrue();
    }

    @Test
    void aModelThatFailsToLoadSaysWhichOneToWhoeverNeedsIt() {
        var model = models.register("the broken model", () -> {
            throw new IllegalStateException("model file missing");
        });
        assertThatThrownBy(model::get).isInstanceOf(IllegalStateException.class)
                .hasMessage("Could not load the broken model")
                .hasRootCauseMessage("model file missing");
        models.destroy();
    }

    @Test
    void onceStoppingNoModelLoadBeginsAndOneUnderWayIsWaitedFor() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var finished = new AtomicBoolean();
        var slow = models.register("a slow model", () -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
            return "slow";
        });
        var later = models.register("a model not begun", () -> "later");
        try (var callers = Executors.newSingleThreadExecutor()) {
            callers.submit(slow::get);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            var quiesced = new CountDownLatch(1);
            Thread.ofPlatform().start(() -> {
                models.quiesce();
                quiesced.countDown();
            });
            assertThat(quiesced.await(300, TimeUnit.MILLISECONDS)).as("waits for the load under way").isFalse();
            release.countDown();
            assertThat(quiesced.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(finished).isTrue();
        }
        assertThatThrownBy(later::get).as("no load begins once stopping").isInstanceOf(IllegalStateException.class);
        assertThat(later.isLoaded()).isFalse();
        models.destroy();
    }
}
