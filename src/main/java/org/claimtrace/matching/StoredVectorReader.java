package org.claimtrace.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Reads the stored float vectors of a set of docs. On a disk index the raw floats of a quantised field are
 * not meant to stay in memory (four times the int8 vectors), so each vector read for a re-score or a cosine
 * can be a page fault on the mapped file: a disk read that blocks the thread. One after another, the 20
 * reads of a 1M re-scored search (300x20, matchscale benchmark) added 3-7 ms at p50; spread over threads
 * they wait on the disk together and add under 1 ms. Lucene 9.12 has no {@code IndexInput.prefetch} (it
 * came in 10.0) and hides the mapped input behind the {@link FloatVectorValues} of a quantised field, so
 * faulting from several threads is how the reads get in flight at once. Platform threads: a virtual thread
 * blocked in a page fault holds its carrier, and there are only as many carriers as cores.
 */
final class StoredVectorReader implements AutoCloseable {

    private final ExecutorService pool;
    private final int threads;

    private StoredVectorReader(int threads) {
        this.threads = threads;
        this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("vector-read-", 0).factory());
    }

    /** For a heap index: nothing to wait for, a hand-off would only add latency. */
    static StoredVectorReader serial() {
        return new StoredVectorReader(1);
    }

    /** For a disk index: up to {@code threads} vector reads in flight (idle threads are parked, cheap). */
    static StoredVectorReader concurrent(int threads) {
        return new StoredVectorReader(threads);
    }

    /** The vectors of the given docs in the given order (unit length), {@code null} where a doc has none. */
    float[][] read(IndexReader reader, String field, int[] docIds) {
        var reads = new Reads(reader, field, docIds);
        int helpers = pool == null ? 0 : Math.min(threads, docIds.length) - 1;
        try {
            for (int t = 0; t < helpers; t++) {
                pool.execute(reads::readUntilNoneLeft);
            }
        } catch (RejectedExecutionException closing) {
            // the index is closing: this thread reads the rest alone
        }
        // The calling thread reads too: when the machine is busy and the helpers wake late, it is never slower
        // than reading alone, and it waits only for reads under way, not for helpers that have not started.
        reads.readUntilNoneLeft();
        return reads.awaitResult();
    }

    /**
     * One call's reads, taken in rising doc order by whichever thread is free next. Each thread keeps its own
     * vector iterator (they are forward-only and not shared) and, since the docs it takes keep rising, can
     * move it forward instead of opening another.
     */
    private static final class Reads {
        private final List<LeafReaderContext> leaves;
        private final String field;
        private final int[] docIds;
        private final int[] order;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch done;
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final float[][] result;

        Reads(IndexReader reader, String field, int[] docIds) {
            this.leaves = reader.leaves();
            this.field = field;
            this.docIds = docIds;
            this.order = inDocOrder(docIds);
            this.done = new CountDownLatch(docIds.length);
            this.result = new float[docIds.length][];
        }

        float[][] awaitResult() {
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading vectors", e);
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            return result;
        }

        void readUntilNoneLeft() {
            int currentLeaf = -1;
            FloatVectorValues values = null;
            for (int k = next.getAndIncrement(); k < order.length; k = next.getAndIncrement()) {
                int i = order[k];
                try {
                    int leafIndex = ReaderUtil.subIndex(docIds[i], leaves);
                    LeafReaderContext leaf = leaves.get(leafIndex);
                    int target = docIds[i] - leaf.docBase;
                    if (leafIndex != currentLeaf || values != null && values.docID() > target) {
                        currentLeaf = leafIndex;
                        values = leaf.reader().getFloatVectorValues(field);
                    }
                    int at = values == null ? DocIdSetIterator.NO_MORE_DOCS : values.docID() >= target ? values.docID() : values.advance(target);
                    if (at == target) {
                        result[i] = values.vectorValue().clone();
                    }
                } catch (IOException e) {
                    failure.compareAndSet(null, new UncheckedIOException(e));
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        }
    }

    private static int[] inDocOrder(int[] docIds) {
        return IntStream.range(0, docIds.length).boxed()
                .sorted((a, b) -> Integer.compare(docIds[a], docIds[b])).mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
