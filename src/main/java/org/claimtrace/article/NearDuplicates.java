package org.claimtrace.article;

import org.claimtrace.matching.NearDuplicateDetector;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Recognises syndicated copy: a new article whose text shares most of its word shingles with a stored one
 * (MinHash estimate of Jaccard similarity ≥ {@value #THRESHOLD}). Such an article is kept, and marked, so a
 * wire story reprinted by five outlets counts as one origin, not five.
 */
@Component
class NearDuplicates implements DisposableBean {

    /** Wire copy reprinted with a new headline, a dateline or a trimmed last paragraph stays well above this. */
    static final double THRESHOLD = 0.7;

    private final NearDuplicateDetector detector = new NearDuplicateDetector();
    private volatile boolean loaded;

    /** The stored article this text is a near-duplicate of, if any, with the estimated similarity. */
    Optional<NearDuplicateDetector.NearDuplicate> of(String text, ArticleRepository articles) {
        ensureLoaded(articles);
        return detector.find(text, THRESHOLD).stream().findFirst();
    }

    void add(long articleId, String text, ArticleRepository articles) {
        ensureLoaded(articles);
        detector.upsert(Long.toString(articleId), text);
    }

    /** Built from the database on first use, so start-up does not read every article's text. */
    private synchronized void ensureLoaded(ArticleRepository articles) {
        if (!loaded) {
            articles.findAll().forEach(a -> detector.upsert(a.getId().toString(), a.getText()));
            loaded = true;
        }
    }

    @Override
    public void destroy() {
        detector.close();
    }
}
