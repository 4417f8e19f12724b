package org.claimtrace.base.live;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a task once the current transaction has committed, or at once when there is none; never after a rollback.
 * Within an HTTP request the task waits until the request has been answered ({@link AfterResponse}).
 */
final class AfterCommit {

    private AfterCommit() {
    }

    static void run(Runnable task) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    AfterResponse.deliver(task);
                }
            });
        } else {
            AfterResponse.deliver(task);
        }
    }
}
