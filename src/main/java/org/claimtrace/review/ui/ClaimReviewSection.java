package org.claimtrace.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.claim.ui.ClaimPageSection;
import org.claimtrace.review.ReviewService;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** On the claim page: what each review session made of the claim (closed ones are final), with the way to it. */
@Component
class ClaimReviewSection implements ClaimPageSection {

    private final ReviewService reviews;

    ClaimReviewSection(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(long claimId) {
        var outcomes = reviews.outcomesFor(claimId);
        var box = new Div(new H3("Review"));
        box.setId("claim-review");
        if (outcomes.isEmpty()) {
            box.add(new Span("No review session has taken up this claim yet."));
            return Optional.of(box);
        }
        for (var o : outcomes) {
            var entry = new Div();
            entry.addClassName("review-outcome");
            var link = new RouterLink();
            link.setText(o.sessionName());
            link.setRoute(ReviewSessionView.class, ReviewSessionView.parameters(o.sessionId()));
            link.setQueryParameters(ReviewSessionView.openClaim(claimId));
            entry.add(new Div(link, new Span(" \u00b7 " + (o.sessionClosed() ? "closed" : "open") + " \u00b7 "), Verdicts.badge(o.status())));
            if (o.verdict() != null) {
                entry.add(new H4(Verdicts.label(o.verdict())));
                entry.add(new Div(new Span("By " + o.decidedBy() + (o.settledBy() != null ? " (settled a disagreement)" : "")
                        + (o.decidedAt() == null ? "" : ", " + NewsroomDates.utc(o.decidedAt())))));
                var why = new Div(new Span(o.rationale()));
                why.addClassName("rationale");
                entry.add(why, ReviewItemPanel.evidenceList(o.evidence()));
            }
            for (var j : o.judgments()) {
                entry.add(new Div(new Span("Blind verdict of " + j.reviewer() + ": " + Verdicts.label(j.verdict()) + " \u2014 "),
                        new Span(j.rationale())));
            }
            box.add(entry);
        }
        return Optional.of(box);
    }
}
