package org.claimtrace.review.ui;

import com.vaadin.flow.component.html.Span;
import org.claimtrace.claim.Verdict;
import org.claimtrace.review.ItemStatus;

import java.util.Locale;

/** How verdicts and statuses read on screen: the label, with ClaimReview's rating where it has one. */
final class Verdicts {

    private Verdicts() {
    }

    static String label(Verdict verdict) {
        if (verdict == null) {
            return "";
        }
        return verdict.label() + verdict.ratingValue().map(v -> " (" + v + "/5)").orElse("");
    }

    static Span badge(ItemStatus status) {
        var badge = new Span(status.label());
        badge.getElement().getThemeList().add("badge pill" + switch (status) {
            case UNSTARTED -> " contrast";
            case IN_PROGRESS -> "";
            case DISPUTED -> " error";
            case REVIEWED -> " success";
        });
        badge.addClassName("status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
