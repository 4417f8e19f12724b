package org.claimtrace.claim;

import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.Article;
import org.claimtrace.article.ArticleService;
import org.claimtrace.base.ConflictException;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.base.RejectedException;
import org.claimtrace.history.Change;
import org.claimtrace.history.HistoryService;
import org.claimtrace.security.CurrentUser;
import org.claimtrace.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Cross-outlet claims and their appearances. Links are made only by a person (confirmed, with who and
 * when); nothing is merged automatically. Link, unlink, merge and split each undo another.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Names.CAN_READ)
public class ClaimService {


    private final ClaimRepository claims;
    private final ClaimAnnotationService annotations;
    private final ArticleService articles;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final HistoryService history;

    ClaimService(ClaimRepository claims, ClaimAnnotationService annotations, ArticleService articles,
                 CurrentUser currentUser, Clock clock, HistoryService history) {
        this.history = history;
        this.claims = claims;
        this.annotations = annotations;
        this.articles = articles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Claims for the Claims view, newest first unless the page says otherwise. */
    public Page<ClaimSummary> search(ClaimFilter filter, Pageable pageable) {
        return claims.findAll(ClaimSpecifications.matching(filter), pageable).map(this::summary);
    }

    private ClaimSummary summary(Claim claim) {
        var appearances = appearances(claim.getId());
        var first = firstAppearance(claim, appearances);
        var mix = new TreeMap<String, Long>();
        appearances.forEach(a -> mix.merge(a.annotation().getAttribution().getTypeCode(), 1L, Long::sum));
        int outlets = (int) appearances.stream().map(Appearance::outlet).distinct().count();
        int origins = (int) appearances.stream().map(Appearance::originArticleId).distinct().count();
        return new ClaimSummary(claim.getId(), claim.getShortText(), outlets, origins, appearances.size(),
                first.map(FirstAppearance::published).orElse(null), first.map(FirstAppearance::outlet).orElse(null),
                mix, claim.getReviewStatus());
    }

    public Optional<Claim> find(long claimId) {
        return claims.findById(claimId);
    }

    /** A new claim from one or more annotations, each confirmed as an appearance by the current user. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Claim create(String shortText, List<Long> annotationIds) {
        var text = checkedShortText(shortText);
        if (annotationIds == null || annotationIds.isEmpty()) {
            throw new RejectedException("A claim needs at least one appearance: pick the annotations it is made of.");
        }
        var members = annotationIds.stream().map(this::unlinkedAnnotation).toList();
        var claim = claims.save(new Claim(text, clock.instant(), currentUser.name()));
        annotations.linkTo(members, claim.getId());
        return claim;
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Claim describe(long claimId, long expectedVersion, String shortText, String fullText, String claimant) {
        var claim = current(claimId, expectedVersion);
        if (fullText != null && fullText.length() > Claim.FULL_MAX) {
            throw new RejectedException("The full statement has at most " + Claim.FULL_MAX + " characters.");
        }
        if (claimant != null && claimant.length() > Claim.CLAIMANT_MAX) {
            throw new RejectedException("The claimant has at most " + Claim.CLAIMANT_MAX + " characters.");
        }
        claim.describe(checkedShortText(shortText), blankToNull(fullText), blankToNull(claimant));
        claim.touch(clock.instant(), currentUser.name());
        return claims.saveAndFlush(claim);
    }

    /** Confirms an annotation as an appearance of the claim. Undo: {@link #unlink}. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void link(long claimId, long annotationId) {
        var claim = claims.findById(claimId).orElseThrow(() -> NotFoundException.of("claim", claimId));
        var annotation = unlinkedAnnotation(annotationId);
        annotations.linkTo(List.of(annotation), claim.getId());
    }

    /** Removes an appearance; the annotation stays. Undo: {@link #link}. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void unlink(long claimId, long annotationId) {
        var annotation = appearance(claimId, annotationId);
        annotations.linkTo(List.of(annotation), null);
    }

    /**
     * Moves every appearance of {@code sourceId} into {@code targetId}; the source claim is removed.
     * Undo: {@link #split} each moved appearance out again (the returned ids say which).
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public List<Long> merge(long targetId, long sourceId) {
        if (targetId == sourceId) {
            throw new RejectedException("A claim cannot be merged into itself.");
        }
        var target = claims.findById(targetId).orElseThrow(() -> NotFoundException.of("claim", targetId));
        var source = claims.findById(sourceId).orElseThrow(() -> NotFoundException.of("claim", sourceId));
        var moved = annotations.appearancesOf(source.getId());
        annotations.linkTo(moved, target.getId());
        claims.delete(source);
        target.touch(clock.instant(), currentUser.name());
        return moved.stream().map(ClaimAnnotation::getId).toList();
    }

    /** Undo of {@link #create}: the appearances are unlinked and the claim removed. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void dissolve(long claimId) {
        var claim = claims.findById(claimId).orElseThrow(() -> NotFoundException.of("claim", claimId));
        annotations.linkTo(annotations.appearancesOf(claimId), null);
        claims.delete(claim);
    }

    /** Undo of {@link #merge}: the moved appearances form their own claim again, under its old short statement. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Claim unmerge(long targetId, List<Long> movedAnnotationIds, String shortText) {
        var moved = annotations.appearancesOf(targetId).stream().filter(a -> movedAnnotationIds.contains(a.getId())).toList();
        if (moved.isEmpty()) {
            throw new RejectedException("Those appearances are no longer part of the merged claim.");
        }
        var claim = claims.save(new Claim(checkedShortText(shortText), clock.instant(), currentUser.name()));
        annotations.linkTo(moved, claim.getId());
        return claim;
    }

    /**
     * Says that two annotations carry the same claim, whatever they belong to now: a new claim from both, or
     * one joins the other's claim, or their two claims merge. The outcome says which, and how to undo it.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public PairLink linkPair(long annotationId, long otherAnnotationId) {
        var current = annotations.find(annotationId);
        var other = annotations.find(otherAnnotationId);
        if (current.isEmpty() || other.isEmpty()) {
            throw new RejectedException("One of the two annotations was removed meanwhile; nothing was linked.");
        }
        Long currentClaim = current.get().getClaimId();
        Long otherClaim = other.get().getClaimId();
        if (currentClaim == null && otherClaim == null) {
            var claim = create(shortTextFrom(current.get().getQuote()), List.of(annotationId, otherAnnotationId));
            return new PairLink(PairLink.Kind.NEW_CLAIM, claim.getId(), List.of(), null);
        }
        if (currentClaim == null) {
            link(otherClaim, annotationId);
            return new PairLink(PairLink.Kind.JOINED_OTHER, otherClaim, List.of(annotationId), null);
        }
        if (otherClaim == null) {
            link(currentClaim, otherAnnotationId);
            return new PairLink(PairLink.Kind.OTHER_JOINED, currentClaim, List.of(otherAnnotationId), null);
        }
        if (currentClaim.equals(otherClaim)) {
            throw new RejectedException("The two annotations are already appearances of the same claim.");
        }
        var absorbedText = claims.findById(otherClaim).map(Claim::getShortText).orElse("Claim");
        return new PairLink(PairLink.Kind.MERGED, currentClaim, merge(currentClaim, otherClaim), absorbedText);
    }

    /** Takes back what {@link #linkPair} did. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void undo(PairLink done) {
        switch (done.kind()) {
            case NEW_CLAIM -> dissolve(done.claimId());
            case JOINED_OTHER, OTHER_JOINED -> unlink(done.claimId(), done.movedAnnotationIds().getFirst());
            case MERGED -> unmerge(done.claimId(), done.movedAnnotationIds(), done.absorbedShortText());
        }
    }

    /**
     * Records a review's outcome on the claim (what ClaimReview publishes): reviewed, the verdict, who gave it, when
     * and why. The review feature calls it when a session closes.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_REVIEW)
    public void recordReview(long claimId, Verdict verdict, String rationale, String reviewedBy, java.time.Instant reviewedAt) {
        var claim = claims.findById(claimId).orElseThrow(() -> NotFoundException.of("claim", claimId));
        if (rationale == null || rationale.isBlank() || rationale.length() > Claim.RATIONALE_MAX) {
            throw new RejectedException("A verdict needs a rationale of 1 to " + Claim.RATIONALE_MAX + " characters.");
        }
        claim.recordReview(verdict, rationale.strip(), reviewedBy, reviewedAt);
        claim.touch(clock.instant(), currentUser.name());
    }

    /** A review of the claim has started: an unstarted claim is now in progress. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_REVIEW)
    public void startReview(long claimId) {
        claims.findById(claimId).ifPresent(claim -> {
            if (claim.getReviewStatus() == ReviewStatus.UNSTARTED) {
                claim.startReview();
                claim.touch(clock.instant(), currentUser.name());
            }
        });
    }

    /**
     * The claim's history, oldest first: its statement, first appearance and review outcome changes, and each
     * appearance linked to it or unlinked from it (with the annotation's changes while it was one).
     */
    public List<Change> history(long claimId) {
        var changes = new java.util.ArrayList<>(history.of(Claim.class, claimId));
        changes.addAll(history.whereValue(ClaimAnnotation.class, "claimId", claimId));
        changes.sort(Comparator.comparingLong(Change::revision));
        return changes;
    }

    /** A short statement proposed from a quote: whole words, at most {@value Claim#SHORT_MAX} characters. */
    public static String shortTextFrom(String quote) {
        var text = quote.replaceAll("\\s+", " ").strip();
        if (text.length() <= Claim.SHORT_MAX) {
            return text;
        }
        var cut = text.substring(0, Claim.SHORT_MAX - 1);
        int space = cut.lastIndexOf(' ');
        return (space > 40 ? cut.substring(0, space) : cut).strip() + "\u2026";
    }

    /** Takes one appearance out into a claim of its own. Undo: {@link #merge} it back. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Claim split(long claimId, long annotationId) {
        var annotation = appearance(claimId, annotationId);
        var claim = claims.save(new Claim(shortTextFrom(annotation.getQuote()), clock.instant(), currentUser.name()));
        annotations.linkTo(List.of(annotation), claim.getId());
        return claim;
    }

    public List<Appearance> appearances(long claimId) {
        return annotations.appearancesOf(claimId).stream()
                .map(a -> articles.find(a.getArticleId()).map(article -> appearance(a, article)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Appearance a) -> a.published() == null ? null : a.published().toInstant(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The editor's choice if there is one, else the earliest published appearance, with the evidence. */
    public Optional<FirstAppearance> firstAppearance(long claimId) {
        var claim = claims.findById(claimId).orElseThrow(() -> NotFoundException.of("claim", claimId));
        return firstAppearance(claim, appearances(claimId));
    }

    /** As {@link #firstAppearance(long)}, for a caller that already holds the claim's {@link #appearances}. */
    public Optional<FirstAppearance> firstAppearance(Claim claim, List<Appearance> appearances) {
        if (claim.getFirstAppearanceId() != null) {
            var chosen = appearances.stream().filter(a -> a.annotation().getId().equals(claim.getFirstAppearanceId())).findFirst();
            if (chosen.isPresent()) {
                var a = chosen.get();
                return Optional.of(new FirstAppearance(a.annotation().getId(), a.articleId(), a.outlet(), a.published(),
                        "Chosen by " + claim.getUpdatedBy() + ": " + claim.getFirstAppearanceReason(), true));
            }
        }
        var dated = appearances.stream().filter(a -> a.published() != null).toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        var first = dated.getFirst();
        var evidence = "Earliest publication time of " + dated.size() + " dated appearance" + (dated.size() == 1 ? "" : "s")
                + ": " + first.outlet() + ", " + NewsroomDates.published(first.published())
                + (dated.size() < appearances.size() ? " (" + (appearances.size() - dated.size()) + " undated not compared)" : "");
        return Optional.of(new FirstAppearance(first.annotation().getId(), first.articleId(), first.outlet(), first.published(),
                evidence, false));
    }

    /** An editor overrides the first appearance (e.g. an outlet's timestamp is known to be wrong); a reason is required. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void chooseFirstAppearance(long claimId, long expectedVersion, long annotationId, String reason) {
        var claim = current(claimId, expectedVersion);
        if (reason == null || reason.isBlank() || reason.length() > Claim.REASON_MAX) {
            throw new RejectedException("Say why this appearance is the first (at most " + Claim.REASON_MAX + " characters).");
        }
        if (annotations.appearancesOf(claimId).stream().noneMatch(a -> a.getId() == annotationId)) {
            throw new RejectedException("Only one of the claim's appearances can be its first.");
        }
        claim.chooseFirstAppearance(annotationId, reason.strip());
        claim.touch(clock.instant(), currentUser.name());
        claims.saveAndFlush(claim);
    }

    private Appearance appearance(ClaimAnnotation annotation, Article article) {
        return new Appearance(annotation, article.getId(), article.getHeadline(), article.getOutlet().getName(),
                article.getPublished().orElse(null), article.getNearDuplicateOf().orElse(article.getId()));
    }

    private ClaimAnnotation unlinkedAnnotation(long annotationId) {
        // named in the request body, not its path: refused as unacceptable (422), not as missing (404)
        var annotation = annotations.find(annotationId)
                .orElseThrow(() -> new RejectedException("There is no annotation " + annotationId + "; it may have been removed."));
        if (annotation.getClaimId() != null) {
            throw new ConflictException("Annotation " + annotationId + " is already an appearance of claim "
                    + annotation.getClaimId() + "; unlink it there first, or merge the two claims.");
        }
        return annotation;
    }

    private ClaimAnnotation appearance(long claimId, long annotationId) {
        return annotations.find(annotationId).filter(a -> Long.valueOf(claimId).equals(a.getClaimId()))
                .orElseThrow(() -> new NotFoundException("Annotation " + annotationId + " is not an appearance of claim " + claimId + "."));
    }

    private Claim current(long claimId, long expectedVersion) {
        var claim = claims.findById(claimId).orElseThrow(() -> NotFoundException.of("claim", claimId));
        if (claim.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion();
        }
        return claim;
    }

    private static String checkedShortText(String shortText) {
        var text = shortText == null ? "" : shortText.replaceAll("\\s+", " ").strip();
        if (text.isEmpty() || text.length() > Claim.SHORT_MAX) {
            throw new RejectedException("A claim's short statement has 1 to " + Claim.SHORT_MAX + " characters.");
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
