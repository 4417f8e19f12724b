package org.claimtrace.article;

import java.util.Collection;
import java.util.Map;

/**
 * How many annotations each article has, provided by the annotation feature, so the articles list can show
 * it without the article feature depending on annotations.
 */
public interface ClaimCounter {

    Map<Long, Long> countByArticle(Collection<Long> articleIds);

    /** Whether the user has made any annotation yet: the first-run hint is for those who have not. */
    default boolean hasAnnotated(String user) {
        return true;
    }
}
