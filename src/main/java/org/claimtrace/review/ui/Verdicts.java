package org.claimtrace.review.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.claimtrace.claim.Verdict;
import org.claimtrace.review.ItemStatus;

import java.util.Locale;
import java.util.function.Function;

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
        badge.getElement().getThemeList().add(badgeTheme(status));
        badge.addClassName(badgeClass(status));
        return badge;
    }

    /**
     * The same badge drawn in the browser from three values, for a grid's rows: refreshing a row sends the values
     * instead of making a new component for it.
     */
    static <T> LitRenderer<T> badgeRenderer(Function<T, ItemStatus> status) {
        return LitRenderer.<T>of("<span theme=\"${item.theme}\" class=\"${item.cls}\">${item.label}</span>")
                .withProperty("theme", item -> badgeTheme(status.apply(item)))
                .withProperty("cls", item -> badgeClass(status.apply(item)))
                .withProperty("label", item -> status.apply(item).label());
    }

    private static String badgeTheme(ItemStatus status) {
        return "badge pill" + switch (status) {
            case UNSTARTED -> " contrast";
            case IN_PROGRESS -> "";
            case DISPUTED -> " error";
            case REVIEWED -> " success";
        };
    }

    private static String badgeClass(ItemStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
