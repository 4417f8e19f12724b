package org.claimtrace.linking;

import org.claimtrace.annotation.AnnotationChanged;
import org.claimtrace.annotation.ClaimAnnotation;
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

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * "Other articles may carry this claim": the matcher over every live annotation (its quote, with the
 * article's headline as title). The index is rebuilt at start and follows every committed change. Words
 * are indexed at once; sentence vectors are computed in the background and join when ready, so the UI
 * never waits for the embedding model.
 */
@Service
public class MatchService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MatchService.class);

    private static final int EMBED_BATCH = 128;

    private final ClaimAnnotationService annotations;
    private final ArticleService articles;
    private final RejectedMatchRepository rejected;
    private final StoredEmbeddings stored;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean embeddingsEnabled;
    private final boolean embedInBackground;
    private final ClaimIndex index = ClaimIndex.inMemory();
    private final Reranker reranker = Reranker.shipped();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "claim-embeddings");
        thread.setDaemon(true);
        return thread;
    });
    /** The embedding model (BackgroundModels loads it); null when sentence vectors are switched off. */
    private final BackgroundModels.Model<SentenceEmbedder> embedderModel;
    private volatile SentenceEmbedder embedder;
    private volatile ClaimMatcher matcher = new ClaimMatcher(index, List.of(), reranker);

    MatchService(ClaimAnnotationService annotations, ArticleService articles, RejectedMatchRepository rejected,
                 StoredEmbeddings stored, CurrentUser currentUser, Clock clock, BackgroundModels models,
                 @Value("${claimtrace.matching.embeddings:true}") boolean embeddingsEnabled,
                 @Value("${claimtrace.matching.embed-in-background:true}") boolean embedInBackground) {
        this.annotations = annotations;
        this.articles = articles;
        this.rejected = rejected;
        this.stored = stored;
        this.currentUser = currentUser;
        this.clock = clock;
        this.embeddingsEnabled = embeddingsEnabled;
        this.embedInBackground = embedInBackground;
        this.embedderModel = embeddingsEnabled ? models.register("the MiniLM sentence embedding model", SentenceEmbedder::allMiniLmL6V2) : null;
    }

    /** Ranked annotations of other articles that may carry the same claim as this one. */
    @PreAuthorize(Role.Names.CAN_READ)
    public List<Match> matchesFor(long annotationId, int limit) {
        var query = annotations.find(annotationId)
                .orElseThrow(() -> NotFoundException.of("annotation", annotationId));
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
        return embedder != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuild() {
        // one look-up per article, not per annotation: a newsroom's annotations are many to an article
        var headlines = new HashMap<Long, Optional<String>>();
        var documents = SystemTask.call(() -> annotations.allLive().stream()
                .map(a -> document(a, headlines.computeIfAbsent(a.getArticleId(), this::headline)))
                .toList());
        documents.forEach(index::upsert);
        index.refresh();
        log.info("Match index built from {} annotations", documents.size());
        if (embeddingsEnabled) {
            run(() -> {
                var loaded = embedderModel.get();
                long before = stored.computed();
                embed(loaded, documents);
                index.refresh();
                embedder = loaded;
                matcher = new ClaimMatcher(index, List.of(embedder), reranker);
                log.info("Sentence vectors ready for {} annotations ({} texts embedded now, the rest stored)",
                        documents.size(), stored.computed() - before);
            });
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChanged(AnnotationChanged changed) {
        var documents = new ArrayList<ClaimDocument>();
        SystemTask.run(() -> {
            for (long id : changed.annotationIds()) {
                var annotation = annotations.find(id);
                if (annotation.isPresent()) {
                    documents.add(document(annotation.get(), headline(annotation.get().getArticleId())));
                } else {
                    index.delete(Long.toString(id));
                }
            }
        });
        documents.forEach(index::upsert);
        index.refresh();
        if (embeddingsEnabled && !documents.isEmpty()) {
            run(() -> {
                if (embedder != null) {
                    embed(embedder, documents);
                    index.refresh();
                }
            });
        }
    }

    private void run(Runnable work) {
        if (embedInBackground) {
            background.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("Computing sentence vectors failed; matching goes on by words alone", e);
                }
            });
        } else {
            work.run();
        }
    }

    /** Quote and headline vectors for each document, from the store where computed before, in batches. */
    private void embed(SentenceEmbedder embedder, List<ClaimDocument> documents) {
        for (int from = 0; from < documents.size(); from += EMBED_BATCH) {
            var batch = documents.subList(from, Math.min(documents.size(), from + EMBED_BATCH));
            var texts = new ArrayList<String>(batch.size() * 2);
            for (var document : batch) {
                texts.add(document.text());
                texts.add(document.title() == null ? "" : document.title());
            }
            var vectors = stored.documents(embedder, texts);
            for (int i = 0; i < batch.size(); i++) {
                index.upsert(batch.get(i).withVector(embedder.name(), vectors.get(2 * i)).withVector(embedder.titleVectorName(), vectors.get(2 * i + 1)));
            }
        }
    }

    private Optional<String> headline(long articleId) {
        return articles.find(articleId).map(a -> a.getHeadline());
    }

    private static ClaimDocument document(ClaimAnnotation annotation, Optional<String> articleHeadline) {
        var headline = articleHeadline.orElse(null);
        return ClaimDocument.withoutVector(annotation.getId().toString(), annotation.getQuote(), headline);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
        index.close();
    }
}
