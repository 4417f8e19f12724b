package org.claimtrace.linking;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The bookkeeping around the match index's reconcile at start, which runs in the background while the app already
 * takes changes: the reconcile reads annotations, then writes what differs, so a change committed in between may be
 * written over by the older text it read. Each change reports its annotations here first ({@link #changed}); once
 * the reconcile's writes are done, {@link #writesDone} hands back those reported meanwhile, to be written again as
 * the database has them then. A change reported after that is the last write of its annotations anyway. Searches
 * wait for {@link #done} ({@link #await}).
 */
final class StartReconcile {

    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean writing = true;
    private final Set<Long> changedMeanwhile = ConcurrentHashMap.newKeySet();

    /** Called by every change before it writes to the index. */
    void changed(Collection<Long> annotationIds) {
        if (writing) {
            changedMeanwhile.addAll(annotationIds);
        }
    }

    /** The reconcile has written what differs: the annotations changed meanwhile, to write again. */
    List<Long> writesDone() {
        writing = false;
        var again = List.copyOf(changedMeanwhile);
        changedMeanwhile.clear();
        return again;
    }

    /** The reconcile is over (also when it failed): searches go ahead. */
    void done() {
        writing = false;
        done.countDown();
    }

    /** Waits for {@link #done}; false if it did not come within the time given. */
    boolean await(Duration atMost) throws InterruptedException {
        return done.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }
}
