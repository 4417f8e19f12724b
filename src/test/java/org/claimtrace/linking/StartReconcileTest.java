package org.claimtrace.linking;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class StartReconcileTest {

    @Test
    void changesReportedWhileTheReconcileWritesAreHandedBackOnceAndLaterOnesAreNot() {
        var reconcile = new StartReconcile();
        reconcile.changed(List.of(3L, 5L));
        reconcile.changed(List.of(5L, 8L));

        assertThat(reconcile.writesDone()).as("written again after the reconcile").containsExactlyInAnyOrder(3L, 5L, 8L);

        reconcile.changed(List.of(13L)); // after the reconcile's writes: its own write is the last one
        assertThat(reconcile.writesDone()).isEmpty();
    }

    @Test
    void searchesWaitUntilTheReconcileIsOverEvenWhenItFailed() throws Exception {
        var reconcile = new StartReconcile();
        assertThat(reconcile.await(Duration.ofMillis(50))).as("not over yet").isFalse();

        var waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return reconcile.await(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        // a reconcile that failed before its writes ends the same way: done() in its finally
        reconcile.done();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
        reconcile.changed(List.of(21L));
        assertThat(reconcile.writesDone()).as("nothing recorded once it is over").isEmpty();
    }
}
