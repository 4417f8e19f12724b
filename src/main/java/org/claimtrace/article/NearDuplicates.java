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

    /** Made and filled from the database on first use: a start reads no article's text and opens no index. */
    private NearDuplicateDetector detector;

    /** The stored article this text is a near-duplicate of, if any, with the estimated similarity. */
    Optional<NearDuplicateDetector.NearDuplicate> of(String text, ArticleRepository articles) {
        return loaded(articles).find(text, THRESHOLD).stream().findFirst();
    }

    void add(long articleId, String text, ArticleRepository articles) {
        loaded(articles).upsert(Long.toString(articleId), text);
    }

    private synchronized NearDuplicateDetector loaded(ArticleRepository articles) {
        if (detector == null) {
            var made = new NearDuplicateDetector();
            try {
                articles.findAll().forEach(a -> made.upsert(a.getId().toString(), a.getText()));
            } catch (RuntimeException e) {
                made.close();
                throw e;
            }
            detector = made;
        }
        return detector;
    }

    @Override
    public synchronized void destroy() {
        if (detector != null) {
            detector.close();
        }
    }
}
