package org.claimtrace.base.live;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One read per change on a node, the same snapshot to every follower; no read while nobody follows. */
class SharedReadsTest {

    private record Snapshot(long id, int read) {
    }

    @Test
    void aChangeIsReadOnceAndTheSameSnapshotReachesEveryFollower() {
        try (var broadcaster = new LocalBroadcaster()) {
            var reads = new AtomicInteger();
            try (var shared = new SharedReads<>(broadcaster, "review-item", id -> Optional.of(new Snapshot(id, reads.incrementAndGet())))) {
                var followers = List.of(new CopyOnWriteArrayList<Snapshot>(), new CopyOnWriteArrayList<Snapshot>(),
                        new CopyOnWriteArrayList<Snapshot>());
                followers.forEach(f -> shared.subscribe(f::add));

                broadcaster.publish("review-item", 7);
                await().atMost(Duration.ofSeconds(5)).until(() -> followers.stream().allMatch(f -> f.size() == 1));
                assertThat(reads.get()).isEqualTo(1);
                var first = followers.getFirst().getFirst();
                assertThat(first.id()).isEqualTo(7);
                assertThat(followers).allSatisfy(f -> assertThat(f.getFirst()).isSameAs(first));
            }
        }
    }

    @Test
    void nothingIsReadWhileNobodyFollowsAndAFailedOrEmptyReadReachesNobody() {
        try (var broadcaster = new LocalBroadcaster()) {
            var reads = new AtomicInteger();
            try (var shared = new SharedReads<Snapshot>(broadcaster, "article", id -> {
                reads.incrementAndGet();
                if (id == 1) {
                    throw new IllegalStateException("database gone");
                }
                return id == 2 ? Optional.empty() : Optional.of(new Snapshot(id, reads.get()));
            })) {
                broadcaster.publish("article", 5);
                await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> reads.get() == 0);
                var heard = new CopyOnWriteArrayList<Snapshot>();
                var registration = shared.subscribe(heard::add);
                broadcaster.publish("article", 1);
                broadcaster.publish("article", 2);
                broadcaster.publish("article", 3);
                await().atMost(Duration.ofSeconds(5)).until(() -> heard.size() == 1);
                assertThat(heard.getFirst().id()).isEqualTo(3);
                registration.remove();
                assertThat(shared.followers()).isZero();
                broadcaster.publish("article", 4);
                await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> heard.size() == 1);
                // 5 came before anyone followed and 4 after the last left: never read
                assertThat(reads.get()).isEqualTo(3);
            }
        }
    }
}
