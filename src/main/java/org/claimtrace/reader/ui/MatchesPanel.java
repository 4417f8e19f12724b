package org.claimtrace.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.ui.TagChip;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.linking.Match;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Other articles' annotations that may carry the open claim, best first, each with why it matched (its
 * matched words in bold) and one action to link it.
 */
class MatchesPanel extends Div {


    MatchesPanel() {
        addClassName("matches-panel");
        setId("matches");
    }

    void show(ClaimAnnotation current, List<Match> matches, Map<String, AttributionTag> tags, boolean canEdit,
              Consumer<Match> onLink) {
        removeAll();
        add(new H4("Matches in other articles"));
        if (matches.isEmpty()) {
            add(new Span("No other article seems to carry this claim yet."));
            return;
        }
        for (var match : matches) {
            var row = new Div();
            row.addClassName("match-row");
            var other = match.annotation();
            var meta = new Div(new Span(match.outlet()),
                    new Span(NewsroomDates.day(match.published())),
                    new Span(String.format(Locale.ROOT, "score %.2f", match.score())));
            meta.addClassName("match-meta");
            var tag = tags.get(other.getAttribution().getTypeCode());
            if (tag != null) {
                meta.add(new TagChip(tag, false));
            }
            row.add(meta, quoteWithMatchedTerms(other.getQuote(), match.matchedTerms()));
            var why = new Div(match.explanation());
            why.addClassName("claim-source");
            row.add(why);
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

    /** The quote with the words that made it match in bold: as text components, never as markup. */
    private static Div quoteWithMatchedTerms(String quote, List<String> matchedTerms) {
        Set<String> terms = matchedTerms.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        var div = new Div();
        div.addClassName("match-quote");
        for (var piece : quote.split("(?<=\\s)|(?=\\s)")) {
            var word = piece.replaceAll("[^\\p{L}\\p{N}'’-]", "").toLowerCase(Locale.ROOT);
            var span = new Span(piece);
            if (!word.isEmpty() && terms.contains(word)) {
                span.addClassName("matched-term");
            }
            div.add(span);
        }
        return div;
    }
}
