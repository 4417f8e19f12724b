package org.claimtrace.annotation;

import org.claimtrace.article.ArticleService;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.AttributionType;
import org.claimtrace.attribution.ClaimSuggestion;
import org.claimtrace.attribution.CueDetector;
import org.claimtrace.attribution.TypeImplications;
import org.claimtrace.base.BackgroundModels;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.security.CurrentUser;
import org.claimtrace.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cue detector's proposals for an article, minus what is already annotated and what an editor
 * dismissed. Nothing becomes an annotation without a person accepting it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Names.CAN_READ)
public class SuggestionService {

    private final BackgroundModels.Model<CueDetector> detector;
    private final ArticleService articles;
    private final ClaimAnnotationService annotations;
    private final DismissedSuggestionRepository dismissed;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** Detection takes up to a few hundred ms on a long article; a text never changes under its hash. */
    private final Map<String, List<ClaimSuggestion>> detected = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<ClaimSuggestion>> eldest) {
            return size() > 64;
        }
    });

    SuggestionService(BackgroundModels.Model<CueDetector> detector, ArticleService articles, ClaimAnnotationService annotations,
                      DismissedSuggestionRepository dismissed, CurrentUser currentUser, Clock clock) {
        this.detector = detector;
        this.articles = articles;
        this.annotations = annotations;
        this.dismissed = dismissed;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<ClaimSuggestion> pending(long articleId) {
        var article = articles.find(articleId).orElseThrow(() -> NotFoundException.of("article", articleId));
        var existing = annotations.forArticle(articleId);
        var gone = dismissed.findByArticleId(articleId);
        return detected.computeIfAbsent(article.getContentHash(), hash -> detector.get().detect(article.getText())).stream()
                .filter(s -> existing.stream().noneMatch(a -> overlapsMostly(s.start(), s.end(), a.getStart(), a.getEnd())))
                .filter(s -> gone.stream().noneMatch(d -> d.getQuote().equals(s.quote()) && Math.abs(d.getStart() - s.start()) < 200))
                .toList();
    }

    /** Accepts a suggestion, as proposed or as the editor changed it in the form. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public ClaimAnnotation accept(long articleId, ClaimSuggestion suggestion, Attribution attribution) {
        return annotations.create(articleId, suggestion.start(), suggestion.end(), suggestion.quote(), attribution);
    }

    /** Dismisses a suggestion for good; the returned id takes it back with {@link #undoDismiss}. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long dismiss(long articleId, ClaimSuggestion suggestion) {
        return dismissed.save(new DismissedSuggestion(articleId, suggestion.start(), suggestion.end(), suggestion.quote(),
                clock.instant(), currentUser.name())).getId();
    }

    /** Undo of {@link #dismiss}: the suggestion is proposed again. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void undoDismiss(long dismissalId) {
        dismissed.deleteById(dismissalId);
    }

    /** The attribution a suggestion proposes, for the form to show before the editor accepts. */
    public static Attribution attributionOf(ClaimSuggestion suggestion) {
        var attribution = new Attribution(suggestion.type().name());
        attribution.setCue(suggestion.cue());
        attribution.setSourceAsWritten(suggestion.sourceAsWritten() == null || suggestion.sourceAsWritten().isBlank()
                ? null : suggestion.sourceAsWritten());
        attribution.setStance(suggestion.stance());
        if (!suggestion.anonymityReason().isBlank()) {
            // "who spoke on condition of anonymity because …": the text's own reason, as an editor would record it
            attribution.setAnonymityReason(suggestion.anonymityReason());
        }
        if (suggestion.type() == AttributionType.NAMED_PERSON || suggestion.type() == AttributionType.ANONYMOUS_DESCRIBED
                || suggestion.type() == AttributionType.ANONYMOUS_VAGUE) {
            attribution = TypeImplications.filled(attribution);
        }
        if (suggestion.type() == AttributionType.OTHER_OUTLET && suggestion.sourceAsWritten() != null
                && !suggestion.sourceAsWritten().isBlank()) {
            attribution.setRelayedVia(suggestion.sourceAsWritten());
        }
        return attribution;
    }

    static boolean overlapsMostly(int s1, int e1, int s2, int e2) {
        int overlap = Math.min(e1, e2) - Math.max(s1, s2);
        return overlap > 0 && overlap * 2 >= Math.min(e1 - s1, e2 - s2);
    }
}
