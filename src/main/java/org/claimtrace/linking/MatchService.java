package org.claimtrace.linking;

import org.claimtrace.annotation.AnnotationChanged;
import org.claimtrace.annotation.LiveQuote;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.base.BackgroundModels;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.matching.ClaimDocument;
import org.claimtrace.matching.ClaimIndex;
import org.claimtrace.matching.ClaimMatcher;
import org.claimtrace.matching.Reranker;
import org.claimtrace.matching.SentenceEmbedder;
import org.claimtrace.matching.SharedWords;
import org.claimtrace.matching.VectorStorage;
import org.claimtrace.security.CurrentUser;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * "Other articles may carry this claim": the matcher over every live annotation (its quote, with the
 * article's headline as title). The index is kept in the data folder across restarts and reconciled with the
 * database once the app has started (only what differs is written again, what the database no longer has is
 * removed; in the background, so the app does not wait for it to answer, while a search does), then it follows
 * every committed change. Words are indexed at once; sentence vectors are computed in the background
 * and join when ready, so the UI never waits for the embedding model. The index is committed after the
 * reconcile, every {@code claimtrace.matching.commit-interval} and at a clean stop, never per write: after a
 * kill it is back at its last commit and the next start's reconcile repairs the difference (decision 023).
 */
@Service
public class MatchService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MatchService.class);

    private static final int EMBED_BATCH = 128;
    /** Annotations read per query when the index is rebuilt. */
    private static final int READ_PAGE = 5_000;
    /** How long a stop waits for the background step under way (a model load takes seconds). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(90);

    private final ClaimAnnotationService annotations;
    private final ArticleService articles;
    private final RejectedMatchRepository rejected;
    private final StoredEmbeddings stored;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean embeddingsEnabled;
    private final boolean embedInBackground;
    private final MatchIndexFolder indexFolder;
    private final ClaimIndex index;
    /** Commits the index now and then (not per write: 50 writers must not wait on each other's commits). */
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(r -> {
        var thread = new Thread(r, "match-index-commit");
        thread.setDaemon(true);
        return thread;
    });
    private final Reranker reranker = Reranker.shipped();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "claim-embeddings");
        thread.setDaemon(true);
        return thread;
    });
    /** The embedding model (BackgroundModels loads it); null when sentence vectors are switched off. */
    private final BackgroundModels.Model<SentenceEmbedder> embedderModel;
    private volatile SentenceEmbedder embedder;
    private volatile boolean stopping;
    private volatile boolean meaningReady;
    /** Changes written to the index but not yet visible to searches: made visible by the next search. */
    private final AtomicBoolean stale = new AtomicBoolean();
    /** Changed annotations waiting for their sentence vectors, embedded in batches by one background task. */
    private final ConcurrentLinkedQueue<ClaimDocument> toEmbed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean embedding = new AtomicBoolean();
    private volatile ClaimMatcher matcher;
    private final StartReconcile reconcile = new StartReconcile();

    MatchService(ClaimAnnotationService annotations, ArticleService articles, RejectedMatchRepository rejected,
                 StoredEmbeddings stored, CurrentUser currentUser, Clock clock, BackgroundModels models,
                 @Value("${claimtrace.matching.embeddings:true}") boolean embeddingsEnabled,
                 @Value("${claimtrace.matching.embed-in-background:true}") boolean embedInBackground,
                 @Value("${claimtrace.matching.index-dir:}") String indexDir,
                 @Value("${claimtrace.matching.index:${CLAIMTRACE_DATA_DIR:./data}/match-index}") String keptIndex,
                 @Value("${claimtrace.matching.commit-interval:60s}") Duration commitInterval) {
        this.annotations = annotations;
        this.articles = articles;
        this.rejected = rejected;
        this.stored = stored;
        this.currentUser = currentUser;
        this.clock = clock;
        this.embeddingsEnabled = embeddingsEnabled;
        this.embedInBackground = embedInBackground;
        this.embedderModel = embeddingsEnabled ? models.register("the MiniLM sentence embedding model", SentenceEmbedder::allMiniLmL6V2) : null;
        // On disk (memory-mapped), not on the heap: 100,000 annotations hold 300 MB of vectors, which next to a
        // bulk import ran a 1 GB heap out (issue 13). Kept across restarts: rebuilding 100,000 documents with two
        // vectors each took 95-134 s at every start, a reconcile takes seconds.
        MatchIndexFolder folder = null;
        ClaimIndex opened = null;
        if (keptIndex != null && !keptIndex.isBlank()) {
            folder = MatchIndexFolder.kept(Path.of(keptIndex));
            opened = openKept(folder);
        }
        if (opened == null) {
            folder = MatchIndexFolder.create(indexDir);
            opened = ClaimIndex.open(folder.path(), VectorStorage.FLOAT32, 16);
        }
        this.indexFolder = folder;
        this.index = opened;
        this.matcher = new ClaimMatcher(index, List.of(), reranker);
        long every = Math.max(1, commitInterval.toMillis());
        committer.scheduleWithFixedDelay(this::commitIfChanged, every, every, TimeUnit.MILLISECONDS);
    }

    /** The kept index, or null when another process holds it or it cannot be used (a temporary one is built then). */
    private static ClaimIndex openKept(MatchIndexFolder folder) {
        try {
            return ClaimIndex.openKept(folder.path(), VectorStorage.FLOAT32, 16);
        } catch (LockObtainFailedException locked) {
            log.warn("The match index in {} is in use by another process: this one builds its own in a temporary folder",
                    folder.path());
            return null;
        } catch (IOException | RuntimeException unusable) {
            log.warn("The match index in {} cannot be used ({}): a temporary one is built instead", folder.path(), unusable.toString());
            return null;
        }
    }

    private void commitIfChanged() {
        try {
            if (!stopping && index.hasUncommittedChanges()) {
                index.commit();
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                log.warn("Committing the match index failed; the next start reconciles it with the database", e);
            }
        }
    }

    /** Ranked annotations of other articles that may carry the same claim as this one. */
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Match> matchesFor(long annotationId, int limit) {
        var query = annotations.find(annotationId)
                .orElseThrow(() -> NotFoundException.of("annotation", annotationId));
        awaitReconcile();
        if (stale.getAndSet(false)) {
            index.refresh();
        }
        var notSame = new HashSet<Long>();
        rejected.involving(annotationId).forEach(r -> notSame.add(r.annotationId() == annotationId ? r.otherAnnotationId() : r.annotationId()));
        var result = new ArrayList<Match>();
        for (var candidate : matcher.match(query.getQuote(), limit * 4 + 10)) {
            var other = annotations.find(Long.parseLong(candidate.id()));
            if (other.isEmpty() || Objects.equals(other.get().getArticleId(), query.getArticleId())
                    || notSame.contains(other.get().getId())) {
                continue;
            }
            var article = articles.find(other.get().getArticleId());
            if (article.isEmpty()) {
                continue;
            }
            var shared = SharedWords.between(query.getQuote(), other.get().getQuote());
            result.add(new Match(other.get(), article.get().getOutlet().getName(), article.get().getHeadline(),
                    article.get().getPublished().orElse(null), candidate.score(), shared, MatchBand.of(shared)));
            if (result.size() == limit) {
                break;
            }
        }
        return result;
    }

    /** A person says the two annotations do not carry the same claim: the pair is not proposed again; the id undoes it. */
    @PreAuthorize(Role.Names.CAN_EDIT)
    @Transactional
    public long reject(long annotationId, long otherAnnotationId) {
        return rejected.save(new RejectedMatch(annotationId, otherAnnotationId, currentUser.name(), clock.instant())).getId();
    }

    /** Undo of {@link #reject}: the pair may be proposed again. */
    @PreAuthorize(Role.Names.CAN_EDIT)
    @Transactional
    public void undoReject(long rejectionId) {
        rejected.deleteById(rejectionId);
    }

    /** True once sentence vectors take part (the model loaded and every annotation so far is embedded). */
    public boolean meaningReady() {
        return meaningReady;
    }

    /** A search right after the start waits for the reconcile (the index may lack or hold what the database does not). */
    private void awaitReconcile() {
        try {
            if (!reconcile.await(STOP_WAIT)) {
                log.warn("The match index is still being reconciled after {} s; this search uses what it holds", STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** An annotation whose text and headline the kept index already holds, with the vectors it holds for it. */
    private record Unchanged(ClaimDocument document, java.util.Set<String> vectorNames) {
    }

    /**
     * Brings the index in line with the database: every live annotation whose quote or headline the index does
     * not hold as they are (new, edited, written after the index's last commit and lost to a kill) is written
     * again by its words at once, what the database no longer has is removed, and the rest is left as it is.
     * Then, in the background, sentence vectors for what lacks them (all of it on a first start), from the store.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuild() {
        // Off the start-up path (in the background unless claimtrace.matching.embed-in-background=false): the
        // app answers as ready without waiting for a reconcile, which on a large newsroom takes seconds; a
        // search waits for it (matchesFor), a change made meanwhile is written again after it (onChanged).
        run(() -> {
            try {
                reconcileWords();
            } finally {
                reconcile.done();
            }
        }, "Reconciling the match index with the database failed; matching uses what the index holds");
    }

    private void reconcileWords() {
        long started = System.nanoTime();
        var indexed = index.indexed();
        boolean empty = indexed.isEmpty();
        // one look-up per article, not per annotation: a newsroom's annotations are many to an article
        var headlines = new HashMap<Long, Optional<String>>();
        var changed = new ArrayList<ClaimDocument>();
        var unchanged = new ArrayList<Unchanged>();
        var kept = new java.util.concurrent.atomic.AtomicInteger();
        SystemTask.run(() -> {
            for (var page = annotations.liveQuotes(0, READ_PAGE); !page.isEmpty();
                 page = annotations.liveQuotes(page.getLast().id(), READ_PAGE)) {
                for (var quote : page) {
                    var document = document(quote, headlines.computeIfAbsent(quote.articleId(), this::headline));
                    var held = indexed.remove(document.id());
                    if (held == null || !held.contentHash().equals(ClaimIndex.contentHash(document.text(), document.title()))) {
                        changed.add(document);
                    } else {
                        kept.incrementAndGet();
                        if (embeddingsEnabled) {
                            unchanged.add(new Unchanged(document, held.vectorNames()));
                        }
                    }
                }
            }
        });
        // a first build appends (nothing to replace); a reconcile replaces what differs
        changed.forEach(empty ? index::add : index::upsert);
        indexed.keySet().forEach(index::delete);
        // what changed while this ran may have been written over by the older text read above: write it again
        var again = reconcile.writesDone();
        if (!again.isEmpty()) {
            writeLatest(again);
        }
        index.commit();
        log.info("Match index ready in {} ms: {} annotations written by their words, {} removed, {} kept as they were{}",
                (System.nanoTime() - started) / 1_000_000, changed.size(), indexed.size(),
                kept.get(), indexFolder.kept() ? " (kept in " + indexFolder.path() + ")" : "");
        if (embeddingsEnabled) {
            run(() -> {
                embedder = embedderModel.get();
                long before = stored.computed();
                long skippedBefore = stored.skipped();
                long vectorsStarted = System.nanoTime();
                var withoutVectors = new ArrayList<>(changed);
                unchanged.stream().filter(u -> !u.vectorNames().contains(embedder.name())).map(Unchanged::document)
                        .forEach(withoutVectors::add);
                embed(withoutVectors);
                if (stopping) {
                    return;
                }
                index.refresh();
                matcher = new ClaimMatcher(index, List.of(embedder), reranker);
                meaningReady = true;
                embedPending(); // what changed while the model loaded
                log.info("Sentence vectors ready for {} annotations in {} s ({} given vectors now: {} texts embedded, {} skipped, the rest stored)",
                        changed.size() + unchanged.size(), (System.nanoTime() - vectorsStarted) / 1_000_000_000, withoutVectors.size(),
                        stored.computed() - before, stored.skipped() - skippedBefore);
                commitIfChanged();
            });
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChanged(AnnotationChanged changed) {
        reconcile.changed(changed.annotationIds());
        var documents = writeLatest(changed.annotationIds());
        if (embeddingsEnabled && !documents.isEmpty()) {
            toEmbed.addAll(documents);
            embedPending();
        }
    }

    /** Writes these annotations to the index as the database has them now (removed if no longer live). */
    private List<ClaimDocument> writeLatest(java.util.Collection<Long> annotationIds) {
        var documents = new ArrayList<ClaimDocument>();
        SystemTask.run(() -> {
            var headlines = new HashMap<Long, Optional<String>>();
            var live = new HashSet<Long>();
            for (var quote : annotations.liveQuotes(annotationIds)) {
                live.add(quote.id());
                documents.add(document(quote, headlines.computeIfAbsent(quote.articleId(), this::headline)));
            }
            annotationIds.stream().filter(id -> !live.contains(id)).forEach(id -> index.delete(Long.toString(id)));
        });
        documents.forEach(index::upsert);
        // no refresh per write (under 50 writers it serialised them): the next search makes changes visible
        stale.set(true);
        return documents;
    }

    /**
     * One background task at a time takes what changed meanwhile and embeds it in batches: a burst of single
     * writes is one batch to the model, not a task and a model call each.
     */
    private void embedPending() {
        if (!embedding.compareAndSet(false, true)) {
            return;
        }
        run(() -> {
            try {
                while (embedder != null && !stopping && !toEmbed.isEmpty()) {
                    var batch = new ArrayList<ClaimDocument>(EMBED_BATCH);
                    for (ClaimDocument next; batch.size() < EMBED_BATCH && (next = toEmbed.poll()) != null; ) {
                        batch.add(next);
                    }
                    embed(batch);
                    stale.set(true);
                }
            } finally {
                embedding.set(false);
            }
            if (embedder != null && !stopping && !toEmbed.isEmpty()) {
                embedPending();
            }
        });
    }

    private void run(Runnable work) {
        run(work, "Computing sentence vectors failed; matching goes on by words alone");
    }

    private void run(Runnable work, String failure) {
        if (embedInBackground) {
            try {
                background.execute(() -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        if (!stopping) {
                            log.warn(failure, e);
                        }
                    }
                });
            } catch (RejectedExecutionException stopped) {
                // the app is stopping: the next start computes what is missing
            }
        } else {
            work.run();
        }
    }

    /** Quote and headline vectors for each document, from the store where computed before, in batches. */
    private void embed(List<ClaimDocument> documents) {
        for (int from = 0; from < documents.size() && !stopping; from += EMBED_BATCH) {
            var batch = documents.subList(from, Math.min(documents.size(), from + EMBED_BATCH));
            var texts = new ArrayList<String>(batch.size() * 2);
            for (var document : batch) {
                texts.add(document.text());
                texts.add(document.title() == null ? "" : document.title());
            }
            var vectors = stored.documents(embedder, texts);
            for (int i = 0; i < batch.size(); i++) {
                var document = batch.get(i);
                // a text the model could not take has no vector: its annotation is matched by words alone
                if (vectors.get(2 * i) != null) {
                    document = document.withVector(embedder.name(), vectors.get(2 * i));
                }
                if (vectors.get(2 * i + 1) != null) {
                    document = document.withVector(embedder.titleVectorName(), vectors.get(2 * i + 1));
                }
                index.upsert(document);
            }
        }
    }

    private Optional<String> headline(long articleId) {
        return articles.find(articleId).map(a -> a.getHeadline());
    }

    private static ClaimDocument document(LiveQuote annotation, Optional<String> articleHeadline) {
        var headline = articleHeadline.orElse(null);
        return ClaimDocument.withoutVector(annotation.id().toString(), annotation.quote(), headline);
    }

    /**
     * Stops the background work before anything it uses goes away. The embedding runtime is native code: a JVM
     * that exits while the claim-embeddings thread is inside it (loading the model, embedding a batch) crashed
     * in onnxruntime (SIGSEGV, SIGBUS) and could leave the database unclosed. So: take no more work, let the
     * step under way end (a model load cannot be interrupted), and only then close the index; the database
     * closes after this bean, which depends on it.
     */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        // Not interrupted: a thread interrupted inside the index writer's file access closes the index's lock
        // channel ("FileLock invalidated by an external force") and the writer's close then hung on its merges.
        // Queued work sees `stopping` and ends at once; a model load under way ends within seconds.
        committer.shutdown();
        background.shutdown();
        if (!background.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            log.warn("The sentence-vector work did not stop within {} s", STOP_WAIT.toSeconds());
        }
        committer.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        index.close(); // commits what is not yet: the next start reconciles only what changed after this
        indexFolder.delete();
    }
}
