package org.claimtrace.reader;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.annotation.SuggestionService;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.base.live.Broadcaster;
import org.claimtrace.base.live.SharedReads;
import org.claimtrace.security.SystemTask;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The annotation changes this node's open readers follow, read once here for all of them: when an article's
 * annotations change, its live annotations and pending suggestions are read once and every open reader of it
 * takes the same {@link ArticleSnapshot}.
 */
@Component
public class ArticleReads {

    private final SharedReads<ArticleSnapshot> reads;
    private final AtomicLong sequence = new AtomicLong();

    ArticleReads(Broadcaster broadcaster, ClaimAnnotationService annotations, SuggestionService suggestions) {
        this.reads = new SharedReads<>(broadcaster, Broadcaster.ARTICLE, articleId -> SystemTask.call(() -> {
            try {
                return Optional.of(new ArticleSnapshot(articleId, sequence.incrementAndGet(), annotations.forArticle(articleId),
                        suggestions.pending(articleId)));
            } catch (NotFoundException gone) {
                return Optional.empty();
            }
        }));
    }

    /** Every change of any article's annotations, read once; a reader takes those of its own article. */
    public Registration follow(Consumer<ArticleSnapshot> follower) {
        return reads.subscribe(follower);
    }

    @PreDestroy
    void close() {
        reads.close();
    }
}
