package org.claimtrace.linking;

import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The strongest unconfirmed suggestions across the corpus, for an editor to confirm or reject one by one.
 * A pair already in one claim, or rejected before, is never listed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Names.CAN_READ)
public class TriageService {

    /** How many of the newest annotations are matched for the list: each costs one matcher query. */
    static final int NEWEST = 200;

    private final ClaimAnnotationService annotations;
    private final MatchService matches;
    private final ArticleService articles;

    TriageService(ClaimAnnotationService annotations, MatchService matches, ArticleService articles) {
        this.annotations = annotations;
        this.matches = matches;
        this.articles = articles;
    }

    public List<TriagePair> strongest(int limit) {
        var live = annotations.newest(NEWEST);
        Map<String, TriagePair> best = new HashMap<>();
        for (var annotation : live) {
            for (var match : matches.matchesFor(annotation.getId(), 3)) {
                var other = match.annotation();
                if (annotation.getClaimId() != null && Objects.equals(annotation.getClaimId(), other.getClaimId())) {
                    continue;
                }
                var key = Math.min(annotation.getId(), other.getId()) + ":" + Math.max(annotation.getId(), other.getId());
                var known = best.get(key);
                if (known == null || known.match().score() < match.score()) {
                    var outlet = articles.find(annotation.getArticleId()).map(a -> a.getOutlet().getName()).orElse("");
                    best.put(key, new TriagePair(annotation, outlet, match));
                }
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble((TriagePair p) -> p.match().score()).reversed())
                .limit(limit).toList();
    }
}
