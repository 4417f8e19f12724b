package org.claimtrace.claim;

import jakarta.persistence.criteria.Predicate;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.article.Article;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.Locale;

/** The Claims view's filters as one query; each filter joins only when it is set. */
final class ClaimSpecifications {

    private ClaimSpecifications() {
    }

    static Specification<Claim> matching(ClaimFilter filter) {
        return (claim, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.text() != null && !filter.text().isBlank()) {
                var pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%";
                // the appearances' quotes too: a word of a linked quote finds its claim
                var quoted = query.subquery(Long.class);
                var appearance = quoted.from(ClaimAnnotation.class);
                quoted.select(appearance.get("id")).where(cb.equal(appearance.get("claimId"), claim.get("id")),
                        cb.isNull(appearance.get("deletedAt")), cb.like(cb.lower(appearance.get("quote")), pattern, '\\'));
                predicates.add(cb.or(cb.like(cb.lower(claim.get("shortText")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(claim.get("fullText"), "")), pattern, '\\'), cb.exists(quoted)));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(claim.get("reviewStatus"), filter.status()));
            }
            if (filter.typeCode() != null || filter.outletId() != null) {
                var sub = query.subquery(Long.class);
                var annotation = sub.from(ClaimAnnotation.class);
                var inner = new ArrayList<Predicate>();
                inner.add(cb.equal(annotation.get("claimId"), claim.get("id")));
                inner.add(cb.isNull(annotation.get("deletedAt")));
                if (filter.typeCode() != null) {
                    inner.add(cb.equal(annotation.get("attribution").get("typeCode"), filter.typeCode()));
                }
                if (filter.outletId() != null) {
                    var article = sub.from(Article.class);
                    inner.add(cb.equal(article.get("id"), annotation.get("articleId")));
                    inner.add(cb.equal(article.get("outlet").get("id"), filter.outletId()));
                }
                sub.select(annotation.get("id")).where(inner.toArray(Predicate[]::new));
                predicates.add(cb.exists(sub));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
