package org.claimtrace.linking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimtrace.linking.Match;
import org.claimtrace.linking.MatchBand;
import org.claimtrace.matching.SharedWords;

import java.util.List;
import java.util.Locale;

/** How a match reads everywhere (reader, claim page, Triage): its band, and quotes with the shared words marked. */
public final class SharedWordsText {

    private SharedWordsText() {
    }

    /** A quote with the given ranges marked: as text components, never as markup. */
    public static Div of(String quote, List<SharedWords.Range> ranges) {
        var div = new Div();
        div.addClassName("match-quote");
        int at = 0;
        for (var range : ranges) {
            if (range.start() < at || range.end() > quote.length()) {
                continue;
            }
            if (range.start() > at) {
                div.add(new Span(quote.substring(at, range.start())));
            }
            var word = new Span(quote.substring(range.start(), range.end()));
            word.addClassName("matched-term");
            div.add(word);
            at = range.end();
        }
        if (at < quote.length()) {
            div.add(new Span(quote.substring(at)));
        }
        return div;
    }

    /** "strong" or "possible", the matcher's number on hover. */
    public static Span band(Match match) {
        var band = new Span(match.band().label());
        band.addClassName("match-band");
        band.addClassName(match.band() == MatchBand.STRONG ? "band-strong" : "band-possible");
        band.getElement().setAttribute("title", String.format(Locale.ROOT,
                "Matcher score %.2f (comparable within this list only). Shares %.0f%% of the shorter quote's words.",
                match.score(), match.shared().containment() * 100));
        return band;
    }

    /** "Shared words: …" or "Similar meaning, few shared words". */
    public static Div why(Match match) {
        var why = new Div(match.shared().words().isEmpty() ? "Similar meaning, no shared words"
                : "Shared words: " + String.join(", ", match.shared().words()));
        why.addClassName("claim-source");
        return why;
    }
}
