package org.claimtrace.report;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The outlet pass ({@link ReportQueries#outletDays}) for outlet reports and comparisons. PostgreSQL runs it as one
 * query and parallelises it itself. H2 runs any query on one thread, so on H2 the pass is cut into parts of whole
 * UTC days per outlet, and the report's own thread and up to (processors - 1) helpers, each in a read-only
 * transaction of its own, take parts from a queue until none is left (docs/decisions/027-h2-report-pass.md).
 * A part's rows are those of the one pass that fall in its outlet and days: every row is grouped by outlet and
 * day, and whether an appearance is its claim's first does not depend on the part, so the parts' rows together are
 * exactly the one pass's rows.
 *
 * <p>No report waits for a connection a helper has not got: the report's thread takes parts itself and waits only
 * for parts a helper has already begun; a helper that has not yet started finds the queue empty and ends. At most
 * (processors - 1) helpers run at once over all reports; when none is free the report runs its parts alone.
 */
@Component
class OutletPass {

    /** A part is at least this many days; shorter periods are one part per outlet. */
    static final int MIN_PART_DAYS = 31;

    private final ReportQueries queries;
    private final TransactionTemplate readOnly;
    private final int helperCount;
    private final ExecutorService helpers;
    private final Semaphore freeHelpers;

    /** {@code claimtrace.reports.pass-threads}: threads for one H2 pass, the report's own included (default: the processors). */
    OutletPass(ReportQueries queries, PlatformTransactionManager transactions,
               @org.springframework.beans.factory.annotation.Value("${claimtrace.reports.pass-threads:0}") int threads) {
        int helperCount = (threads > 0 ? threads : Runtime.getRuntime().availableProcessors()) - 1;
        this.queries = queries;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.helperCount = queries.postgres() ? 0 : Math.max(0, helperCount);
        this.helpers = this.helperCount == 0 ? null : Executors.newFixedThreadPool(this.helperCount, Thread.ofPlatform()
                .name("report-pass-", 1).daemon(true).factory());
        this.freeHelpers = new Semaphore(this.helperCount);
    }

    /** One outlet's (or several outlets') days of a period. */
    record Part(List<Long> outletIds, LocalDate from, LocalDate to) {
    }

    List<ReportQueries.DayFigures> days(List<Long> outletIds, ReportPeriod period) {
        var parts = parts(outletIds, period, helperCount + 1);
        if (parts.size() < 2) {
            return queries.outletDays(outletIds, period.start(), period.end());
        }
        var jobs = parts.stream().map(part -> new Job(part, new CompletableFuture<List<ReportQueries.DayFigures>>())).toList();
        var queue = new ConcurrentLinkedQueue<>(jobs);
        int asked = Math.min(helperCount, parts.size() - 1);
        for (int i = 0; i < asked && freeHelpers.tryAcquire(); i++) {
            helpers.execute(() -> {
                try {
                    // the connection first, then the parts: a helper kept waiting for a connection has taken none
                    readOnly.executeWithoutResult(status -> drain(queue));
                } catch (RuntimeException e) {
                    // a part it took carries the failure (drain); without a connection it took none
                } finally {
                    freeHelpers.release();
                }
            });
        }
        drain(queue);
        var days = new ArrayList<ReportQueries.DayFigures>();
        try {
            // the queue is empty: every part is done, or under way in a helper that has its connection
            for (var job : jobs) {
                days.addAll(job.result().join());
            }
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return days;
    }

    private record Job(Part part, CompletableFuture<List<ReportQueries.DayFigures>> result) {
    }

    private void drain(ConcurrentLinkedQueue<Job> queue) {
        for (Job job; (job = queue.poll()) != null; ) {
            try {
                var period = new ReportPeriod(job.part().from(), job.part().to());
                job.result().complete(queries.outletDays(job.part().outletIds(), period.start(), period.end()));
            } catch (RuntimeException e) {
                job.result().completeExceptionally(e);
            }
        }
    }

    /**
     * Each outlet alone, its period cut into up to {@code 2 × threads} runs of whole days (at least
     * {@value #MIN_PART_DAYS} days each), so that the threads share the work evenly whatever the outlets' sizes.
     */
    static List<Part> parts(List<Long> outletIds, ReportPeriod period, int threads) {
        if (threads < 2) {
            return List.of(new Part(List.copyOf(outletIds), period.from(), period.to()));
        }
        long days = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
        int pieces = (int) Math.max(1, Math.min(2L * threads, days / MIN_PART_DAYS));
        var parts = new ArrayList<Part>();
        for (var outlet : outletIds) {
            for (int i = 0; i < pieces; i++) {
                var from = period.from().plusDays(days * i / pieces);
                var to = period.from().plusDays(days * (i + 1) / pieces - 1);
                parts.add(new Part(List.of(outlet), from, to));
            }
        }
        return parts;
    }

    @PreDestroy
    void stop() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
