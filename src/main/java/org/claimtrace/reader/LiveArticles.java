package org.claimtrace.reader;

import org.claimtrace.annotation.AnnotationChanged;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.base.live.Broadcaster;
import org.claimtrace.security.SystemTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;

/**
 * Tells every open reader of an article that its annotations changed (added, edited, moved, deleted, restored),
 * once the change is committed: readers reload the article's annotations and keep what their editor has open.
 */
@Component
class LiveArticles {

    private final ClaimAnnotationService annotations;
    private final Broadcaster broadcaster;

    LiveArticles(ClaimAnnotationService annotations, Broadcaster broadcaster) {
        this.annotations = annotations;
        this.broadcaster = broadcaster;
    }

    @EventListener
    void changed(AnnotationChanged event) {
        var articles = new LinkedHashSet<Long>();
        SystemTask.run(() -> event.annotationIds().forEach(id -> annotations.articleIdOf(id).ifPresent(articles::add)));
        articles.forEach(articleId -> broadcaster.publish(Broadcaster.ARTICLE, articleId));
    }
}
