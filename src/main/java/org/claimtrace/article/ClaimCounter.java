package org.claimtrace.article;

import java.util.Collection;
import java.util.Map;

/**
 * How many claims each article has, provided by the claim feature, so the articles list can show it
 * without the article feature depending on claims.
 */
public interface ClaimCounter {

    Map<Long, Long> countByArticle(Collection<Long> articleIds);
}
