package org.claimtrace.annotation;

import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.anchoring.TextAnchor;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.ClaimCounter;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.base.ConflictException;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.base.RejectedException;
import org.claimtrace.security.CurrentUser;
import org.claimtrace.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Claim annotations: create, edit, re-select, delete and undo. Every change checks the version it started from. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Names.CAN_READ)
public class ClaimAnnotationService implements ClaimCounter {

    private final ClaimAnnotationRepository annotations;
    private final ArticleService articles;
    private final TagsetService tagset;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClaimAnnotationService(ClaimAnnotationRepository annotations, ArticleService articles, TagsetService tagset,
                           CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.annotations = annotations;
        this.events = events;
        this.articles = articles;
        this.tagset = tagset;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The article's live annotations in reading order. */
    public List<ClaimAnnotation> forArticle(long articleId) {
        if (!articles.exists(articleId)) {
            throw NotFoundException.of("article", articleId);
        }
        return annotations.findLive(articleId);
    }

    public Optional<ClaimAnnotation> find(long id) {
        return annotations.findById(id).filter(a -> !a.isDeleted());
    }

    /** The article of an annotation, deleted ones too (a reader showing that article must drop it). */
    public Optional<Long> articleIdOf(long annotationId) {
        return annotations.findById(annotationId).map(ClaimAnnotation::getArticleId);
    }

    /** Every live annotation of the corpus, by article: what the match index is built from. */
    public List<ClaimAnnotation> allLive() {
        return annotations.findAllLive();
    }

    /**
     * A page of live annotations' quotes in id order, after {@code afterId}: what the match index is built from,
     * without loading whole annotations (a large newsroom's 100,000 would not fit beside everything else).
     */
    public List<LiveQuote> liveQuotes(long afterId, int limit) {
        return annotations.findLiveQuotes(afterId, Limit.of(limit));
    }

    /** The quotes of those of the annotations that are live. */
    public List<LiveQuote> liveQuotes(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : annotations.findLiveQuotes(ids);
    }

    /** The most recently made live annotations, newest first. */
    public List<ClaimAnnotation> newest(int limit) {
        return annotations.findNewestLive(Limit.of(limit));
    }

    /** A page of the corpus's annotations that pass the filters, newest first (the Annotations view). */
    public List<AnnotationListing> list(AnnotationFilter filter, int offset, int limit) {
        return annotations.findListing(filter.pattern(), filter.outletId(), filter.typeCode(), filter.onRecord(),
                filter.linked(), new OffsetPage(offset, limit));
    }

    /** How many annotations pass the filters. */
    public long count(AnnotationFilter filter) {
        return annotations.countListing(filter.pattern(), filter.outletId(), filter.typeCode(), filter.onRecord(),
                filter.linked());
    }

    /** The live appearances of a cross-outlet claim. */
    public List<ClaimAnnotation> appearancesOf(long claimId) {
        return annotations.findByClaim(claimId);
    }

    /**
     * Makes the annotations appearances of the claim, or of none with {@code null}, as the current user now.
     * The claim feature decides when; this only records it.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void linkTo(Collection<ClaimAnnotation> members, Long claimId) {
        var now = clock.instant();
        var user = currentUser.name();
        members.forEach(a -> a.linkTo(claimId, now, user));
        annotations.saveAll(members);
    }

    @Override
    public Map<Long, Long> countByArticle(Collection<Long> articleIds) {
        var counts = new HashMap<Long, Long>();
        if (!articleIds.isEmpty()) {
            annotations.countLive(articleIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    @Override
    public boolean hasAnnotated(String user) {
        return annotations.existsByCreatedBy(user);
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public ClaimAnnotation create(long articleId, int start, int end, Attribution attribution) {
        return create(articleId, start, end, null, attribution);
    }

    /**
     * As {@link #create(long, int, int, Attribution)}, refusing when the stored text no longer has
     * {@code expectedQuote} at those offsets (the page was opened on an earlier revision).
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public ClaimAnnotation create(long articleId, int start, int end, String expectedQuote, Attribution attribution) {
        var article = articles.find(articleId).orElseThrow(() -> NotFoundException.of("article", articleId));
        var text = article.getText();
        var span = Selections.confirm(text, start, end, expectedQuote);
        checkType(attribution);
        refuseDuplicate(articleId, span, attribution.getTypeCode());
        var annotation = new ClaimAnnotation(articleId, article.getPublished().map(ZonedDateTime::toInstant).orElse(null),
                TextAnchor.of(text, span.start(), span.end()),
                attribution.copy(), clock.instant(), currentUser.name());
        return changed(annotations.save(annotation));
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public ClaimAnnotation update(long id, long expectedVersion, Attribution attribution) {
        var annotation = current(id, expectedVersion);
        checkType(attribution);
        annotation.setAttribution(attribution.copy());
        annotation.touch(clock.instant(), currentUser.name());
        return changed(annotations.saveAndFlush(annotation));
    }

    /** Moves the annotation to a new span of its article (also how an orphan is re-attached). */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public ClaimAnnotation reselect(long id, long expectedVersion, int start, int end, String expectedQuote) {
        var annotation = current(id, expectedVersion);
        var text = articleText(annotation.getArticleId());
        var span = Selections.confirm(text, start, end, expectedQuote);
        annotation.anchorAt(TextAnchor.of(text, span.start(), span.end()));
        annotation.touch(clock.instant(), currentUser.name());
        return changed(annotations.saveAndFlush(annotation));
    }

    /** The editor accepts the new wording of a span whose text changed in a revision. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public ClaimAnnotation confirmNewWording(long id, long expectedVersion) {
        var annotation = current(id, expectedVersion);
        if (annotation.getAnchorState() != AnchorState.TEXT_CHANGED) {
            throw new RejectedException("Only an annotation whose text changed needs confirming.");
        }
        annotation.anchorAt(annotation.anchor());
        annotation.touch(clock.instant(), currentUser.name());
        return annotations.saveAndFlush(annotation);
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void delete(long id, long expectedVersion) {
        var annotation = current(id, expectedVersion);
        annotation.delete(clock.instant(), currentUser.name());
        changed(annotations.saveAndFlush(annotation));
    }

    /** Undo of a delete. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public ClaimAnnotation restore(long id) {
        var annotation = annotations.findById(id).orElseThrow(() -> NotFoundException.of("annotation", id));
        annotation.restore();
        annotation.touch(clock.instant(), currentUser.name());
        return changed(annotations.saveAndFlush(annotation));
    }

    /**
     * The same annotation twice (same article, span and type) is one too many: the import skips it, the API and
     * the reader are told which one is already there.
     */
    private void refuseDuplicate(long articleId, Selections.Span span, String typeCode) {
        var existing = annotations.findLiveSame(articleId, span.start(), span.end(), typeCode);
        if (!existing.isEmpty()) {
            throw new DuplicateAnnotationException(existing.getFirst(), typeCode);
        }
    }

    private ClaimAnnotation changed(ClaimAnnotation annotation) {
        events.publishEvent(AnnotationChanged.of(annotation.getId()));
        return annotation;
    }

    private ClaimAnnotation current(long id, long expectedVersion) {
        var annotation = annotations.findById(id).filter(a -> !a.isDeleted())
                .orElseThrow(() -> NotFoundException.of("annotation", id));
        if (annotation.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion();
        }
        return annotation;
    }

    private String articleText(long articleId) {
        return articles.find(articleId).orElseThrow(() -> NotFoundException.of("article", articleId))
                .getText();
    }

    private void checkType(Attribution attribution) {
        if (attribution.getTypeCode() == null || tagset.find(attribution.getTypeCode()).isEmpty()) {
            throw new RejectedException("Choose how the annotation is attributed (an attribution type of the tagset).");
        }
    }
}
