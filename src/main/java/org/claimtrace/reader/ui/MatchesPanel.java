package org.claimtrace.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.ui.TagChip;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.linking.Match;
import org.claimtrace.linking.ui.SharedWordsText;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Other articles' annotations that may carry the open annotation's claim, best first: a band ("strong",
 * "possible") with the matcher's number on hover, the words both quotes share highlighted in both, and one
 * action to link it.
 */
class MatchesPanel extends Div {

    MatchesPanel() {
        addClassName("matches-panel");
        setId("matches");
    }

    void show(ClaimAnnotation current, List<Match> matches, Map<String, AttributionTag> tags, boolean canEdit,
              Consumer<Match> onLink) {
        removeAll();
        if (matches.isEmpty()) {
            add(new Span("No other article seems to carry this claim yet."));
            return;
        }
        for (var match : matches) {
            var row = new Div();
            row.addClassName("match-row");
            var other = match.annotation();
            var meta = new Div(SharedWordsText.band(match), new Span(match.outlet()), new Span(NewsroomDates.day(match.published())));
            meta.addClassName("match-meta");
            var tag = tags.get(other.getAttribution().getTypeCode());
            if (tag != null) {
                meta.add(new TagChip(tag, false));
            }
            var theirs = SharedWordsText.of(other.getQuote(), match.shared().inSecond());
            var ours = SharedWordsText.of(current.getQuote(), match.shared().inFirst());
            ours.addClassName("match-ours");
            var oursLabel = new Div(new Span("This annotation: "), ours);
            oursLabel.addClassName("claim-source");
            row.add(meta, theirs, oursLabel, SharedWordsText.why(match));
            boolean sameClaim = current.getClaimId() != null && Objects.equals(current.getClaimId(), other.getClaimId());
            if (sameClaim) {
                var linked = new Span("Linked to this claim");
                linked.addClassName("state-linked");
                row.add(linked);
            } else if (canEdit) {
                var link = new Button(current.getClaimId() != null && other.getClaimId() != null ? "Merge claims" : "Link",
                        e -> onLink.accept(match));
                link.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                row.add(link);
            }
            add(row);
        }
    }
}
