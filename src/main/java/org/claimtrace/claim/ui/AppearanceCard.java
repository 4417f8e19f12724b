package org.claimtrace.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.ui.TagChip;
import org.claimtrace.anchoring.TextAnchor;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.base.Snippets;
import org.claimtrace.claim.Appearance;

import java.util.Locale;

/** One outlet's appearance of a claim: the quote in its context, how it is sourced, and who linked it. */
class AppearanceCard extends Div {


    AppearanceCard(Appearance appearance, AttributionTag tag, boolean canEdit, Runnable onUnlink, Runnable onSplit) {
        addClassName("appearance-card");
        var a = appearance.annotation();
        var attribution = a.getAttribution();
        var head = new Div(new Span(appearance.outlet()),
                new Span(NewsroomDates.published(appearance.published())));
        head.addClassName("match-meta");
        if (tag != null) {
            head.add(new TagChip(tag, false));
        }
        var quote = new Div(new Span(Snippets.before(a.getPrefix(), a.getStart() == a.getPrefix().length())), bold(a.getQuote()),
                new Span(Snippets.after(a.getSuffix(), a.getSuffix().length() < TextAnchor.CONTEXT_LENGTH)));
        quote.addClassName("match-quote");
        var sourcing = new Div();
        sourcing.addClassName("claim-source");
        sourcing.setText(String.join(" \u00b7 ", java.util.stream.Stream.of(
                        labelled("Source: ", attribution.getSourceAsWritten()),
                        labelled("Cue: ", attribution.getCue()),
                        attribution.getStance() == null ? null : "Stance: " + attribution.getStance().name().toLowerCase(Locale.ROOT),
                        attribution.getOnRecord() == null ? null : attribution.getOnRecord().label(),
                        labelled("Relayed via ", attribution.getRelayedVia()))
                .filter(java.util.Objects::nonNull).toList()));
        var link = new Div("Confirmed by " + a.getLinkedBy() + (a.getLinkedAt() == null ? "" : ", " + NewsroomDates.utc(a.getLinkedAt())));
        link.addClassName("state-linked");
        add(head, quote, sourcing, link, new Anchor("articles/" + appearance.articleId() + "?annotation=" + a.getId(), "Open in the reader"));
        if (canEdit) {
            var unlink = new Button("Unlink", e -> onUnlink.run());
            var split = new Button("Split out", e -> onSplit.run());
            unlink.addThemeVariants(ButtonVariant.LUMO_SMALL);
            split.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(new Div(unlink, split));
        }
    }

    private static String labelled(String label, String value) {
        return value == null || value.isBlank() ? null : label + value;
    }

    private static Span bold(String text) {
        var span = new Span(text);
        span.addClassName("matched-term");
        return span;
    }
}
