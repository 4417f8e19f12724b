package org.claimtrace.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often each verb form is a marked cue in PolNeAR, for tuning the cue lexicon on train: every token the
 * tagger calls a verb, outside quotations, counted with how many of them fall inside a marked cue span.
 * Printed by {@code -Dpolnear.show=verbs}.
 */
final class CueVerbStatistics {

    private record Count(int seen, int cue) {
    }

    private final Map<String, Count> counts = new HashMap<>();

    void add(PolnearCorpus.Article article, NlpPipeline pipeline) {
        QuoteMarks quotes = QuoteMarks.of(article.text());
        for (AnalysedSentence s : pipeline.analyse(article.text())) {
            for (Token t : s.tokens()) {
                if (!t.tag().equals("VERB") || quotes.isQuoted(t.start(), t.end())) {
                    continue;
                }
                boolean cue = article.relations().stream()
                        .anyMatch(r -> r.cueStart() <= t.start() && t.end() <= r.cueEnd());
                counts.merge(t.lower(), new Count(1, cue ? 1 : 0), (a, b) -> new Count(a.seen + b.seen, a.cue + b.cue));
            }
        }
    }

    void print(int minimumCues) {
        List<Map.Entry<String, Count>> rows = counts.entrySet().stream()
                .filter(e -> e.getValue().cue() >= minimumCues)
                .sorted((a, b) -> Integer.compare(b.getValue().cue(), a.getValue().cue()))
                .toList();
        System.out.println("== verbs as marked cues: form, cues/seen, share");
        for (var e : rows) {
            System.out.printf(Locale.ROOT, "VERB %-16s %5d/%-5d %.2f%n", e.getKey(), e.getValue().cue(),
                    e.getValue().seen(), (double) e.getValue().cue() / e.getValue().seen());
        }
    }
}
