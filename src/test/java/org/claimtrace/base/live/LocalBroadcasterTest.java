package org.claimtrace.base.live;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One node: subscribers of a topic hear its ids, after the transaction that published them commits, never after a rollback. */
class LocalBroadcasterTest {

    @Test
    void subscribersHearTheIdsOfTheirTopicOnlyAndNothingAfterRemoving() {
        try (var broadcaster = new LocalBroadcaster()) {
            var heard = new CopyOnWriteArrayList<Long>();
            var registration = broadcaster.subscribe("review-item", heard::add);
            broadcaster.publish("review-item", 7);
            broadcaster.publish("article", 8);
            await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains(7L));
            registration.remove();
            broadcaster.publish("review-item", 9);
            broadcaster.publish("review-item", 10);
            var probe = new CopyOnWriteArrayList<Long>();
            broadcaster.subscribe("review-item", probe::add);
            broadcaster.publish("review-item", 11);
            await().atMost(Duration.ofSeconds(5)).until(() -> probe.contains(11L));
            assertThat(heard).containsExactly(7L);
        }
    }

    @Test
    void inATransactionTheChangeIsAnnouncedOnCommitAndNotOnRollback() {
        try (var broadcaster = new LocalBroadcaster()) {
            var heard = new CopyOnWriteArrayList<Long>();
            broadcaster.subscribe("review-item", heard::add);
            TransactionSynchronizationManager.initSynchronization();
            try {
                broadcaster.publish("review-item", 1);
                assertThat(heard).isEmpty();
                TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(1)); // rolled back
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
            TransactionSynchronizationManager.initSynchronization();
            try {
                broadcaster.publish("review-item", 2);
                TransactionSynchronizationManager.getSynchronizations().forEach(org.springframework.transaction.support.TransactionSynchronization::afterCommit);
            } finally {
                TransactionSynchronizationManager.clearSynchronization();
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> heard.contains(2L));
            assertThat(heard).containsExactly(2L);
        }
    }
}
