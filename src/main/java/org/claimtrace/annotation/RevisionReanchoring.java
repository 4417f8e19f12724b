package org.claimtrace.annotation;

import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.anchoring.Reanchorer;
import org.claimtrace.article.ArticleRevised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Moves every claim of a corrected article to the new text, in the transaction that stored it. Each
 * gets a visible state: anchored, text changed (waiting for an editor's confirmation) or orphaned;
 * an approximate match is never recorded as if nothing changed.
 */
@Component
class RevisionReanchoring {

    private final ClaimAnnotationRepository annotations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RevisionReanchoring(ClaimAnnotationRepository annotations, Clock clock, ApplicationEventPublisher events) {
        this.annotations = annotations;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void onRevised(ArticleRevised revised) {
        var live = annotations.findLive(revised.articleId());
        if (live.isEmpty()) {
            return;
        }
        var reanchorer = Reanchorer.between(revised.oldText(), revised.newText());
        for (var annotation : live) {
            var result = reanchorer.reanchor(annotation.anchor());
            switch (result.state()) {
                // a change still waiting for confirmation stays waiting, at its new place
                case ANCHORED -> {
                    if (annotation.getAnchorState() == AnchorState.TEXT_CHANGED) {
                        annotation.textChanged(result.anchor(), annotation.getPreviousQuote());
                    } else {
                        annotation.anchorAt(result.anchor());
                    }
                }
                case TEXT_CHANGED -> annotation.textChanged(result.anchor(),
                        annotation.getPreviousQuote() != null ? annotation.getPreviousQuote() : annotation.getQuote());
                case ORPHANED -> annotation.orphan();
            }
            annotation.touch(clock.instant(), "system (revision " + revised.revision() + ")");
        }
        annotations.saveAll(live);
        events.publishEvent(new AnnotationChanged(live.stream().map(ClaimAnnotation::getId).toList()));
    }
}
