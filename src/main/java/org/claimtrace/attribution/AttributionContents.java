package org.claimtrace.attribution;

import static org.claimtrace.attribution.SentenceShape.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimtrace.attribution.Candidate.Shape;

/**
 * Shares a sentence out between the attributions its shapes proposed: which words are each one's content, and
 * which proposals are dropped because they sit inside another's content: in "Officials said the mayor believes
 * the bridge is safe" only "officials said" is kept, and all that follows it is its content.
 */
final class AttributionContents {

    private final CueLexicon lexicon;

    AttributionContents(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Shares the sentence between its candidates and drops those nested in another's content. */
    List<FoundAttribution> withContents(AnalysedSentence s, List<Candidate> candidates, int limit,
            boolean[] quoted) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.shape() == Shape.CONTENT_FIRST) {
                // "…, and asked for Mr. Putin to visit North Korea, officials said": what comes before a
                // sentence-final attribution is its content, reports in it included
                kept.removeIf(k -> k.shape() != Shape.CONTENT_FIRST);
            }
            if (!kept.isEmpty()) {
                Candidate previous = kept.getLast();
                boolean nested = previous.shape() != Shape.CONTENT_FIRST && !clauseBreakBefore(s, c.regionStart(),
                        previous.regionEnd());
                if (nested) {
                    continue;
                }
            }
            kept.add(c);
        }
        List<FoundAttribution> found = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            Candidate c = kept.get(k);
            int floor = k == 0 ? 0 : kept.get(k - 1).regionEnd();
            int ceiling = k + 1 < kept.size() ? clauseEndBefore(s, kept.get(k + 1).regionStart(), floor) : limit;
            int from;
            int to;
            switch (c.shape()) {
                case CONTENT_FIRST -> {
                    from = floor;
                    to = c.regionStart();
                }
                case SOURCE_FIRST -> {
                    from = c.contentFrom();
                    to = Math.min(ceiling, endOfQuotationOrClause(s, c, from, ceiling, quoted));
                }
                default -> {
                    from = floor;
                    to = ceiling;
                }
            }
            while (to > from && isBoundary(s.token(to - 1)) && !isClosingQuote(s.token(to - 1))) {
                to--;
            }
            while (from < to && (CLAUSE_OPENERS.contains(s.token(from).lower()) || s.token(from).text().equals(","))) {
                from++;
            }
            if (to - from < 2 && !(to - from == 1 && s.token(from).isNounLike())) {
                continue;
            }
            // "complained about safety at the mine": a topic, nothing to check; but "said that about 40 percent …"
            boolean topic = c.shape() == Shape.SOURCE_FIRST && from > 0 && s.token(from).lower().equals("about")
                    && !s.token(from - 1).lower().equals("that") && !(from + 1 < to && s.token(from + 1).tag().equals("NUM"));
            if (topic && !LISTENER_VERBS.contains(s.token(c.cueFrom()).lower())) {
                continue;
            }
            if (isSourcingNote(s, from, to)) {
                continue;
            }
            List<Token> source = c.source() == null ? List.of() : s.tokens().subList(c.source()[0], c.source()[1]);
            found.add(new FoundAttribution(c.cueStart(), c.cueEnd(), source, s.token(from).start(),
                    s.token(to - 1).end(), c.stance(), c.score(), c.fixedType()));
        }
        return found;
    }

    /**
     * "They spoke on condition of anonymity because they were not authorized to discuss it": what follows the verb
     * is how the source spoke — a note on the sourcing of the sentences around it, not a claim. The content opens
     * with a preposition or "because" and gives a reason for anonymity within its first words.
     */
    private boolean isSourcingNote(AnalysedSentence s, int from, int to) {
        Token first = s.token(from);
        if (!first.tag().equals("ADP") && !first.lower().equals("because")) {
            return false;
        }
        String opening = s.tokens().subList(from, Math.min(to, from + 5)).stream().map(Token::lower)
                .collect(java.util.stream.Collectors.joining(" "));
        return lexicon.anonymityReasons().occursIn(opening);
    }

    /**
     * Where a source-first content ends before the sentence does: at the closing mark of a quotation it opens
     * with ("said, “We’ll see,” when asked …"), at ", but", ", though", ", and he …", or at the comma that ends a
     * subordinate clause ("While Ramos said that journalists cannot …, he appears uneasy").
     */
    private static int endOfQuotationOrClause(AnalysedSentence s, Candidate c, int from, int to,
            boolean[] quoted) {
        if (isQuoteOpening(s, from)) {
            String closing = s.token(from).text().equals("“") ? "”" : s.token(from).text().equals("‘") ? "’"
                    : s.token(from).text();
            for (int i = from + 1; i < to; i++) {
                if (s.token(i).text().equals(closing)) {
                    // "“We’ll see,” when asked …": the quotation ends with its own comma or before a boundary
                    boolean ends = i + 1 >= to || isBoundary(s.token(i + 1)) || s.token(i - 1).text().equals(",")
                            || SUBORDINATORS.contains(s.token(i + 1).lower());
                    return ends ? i + 1 : to;
                }
            }
            return to;
        }
        for (int i = from + 2; i < to; i++) {
            Token t = s.token(i);
            // "he will vote for Clinton, but he hasn't endorsed her": the writer speaks again after ", but"
            boolean but = t.lower().equals("but") && (s.token(i - 1).text().equals(",")
                    || isClosingQuote(s.token(i - 1)) && s.token(i - 2).text().equals(","));
            // "called the merger “a terrible deal” and ranked Fiorina …": a second predicate of the source
            boolean nextPredicate = Set.of("and", "but").contains(t.lower()) && isClosingQuote(s.token(i - 1))
                    && i + 1 < to && s.token(i + 1).tag().equals("VERB");
            // "…, which includes provisions not in the Senate bill": the writer's aside at the end
            boolean trailingWhich = t.text().equals(",") && i + 1 < to && s.token(i + 1).lower().equals("which")
                    && !hasCommaAfter(s, i + 2, to);
            // "…, though voters are …", "… — and Cruz, who's running third, …": the writer goes on
            boolean concession = t.text().equals(",") && i + 1 < to
                    && Set.of("though", "although", "even", "while", "whereas").contains(s.token(i + 1).lower());
            boolean dashAnd = Set.of("—", "–", "--").contains(t.text()) && i + 1 < to
                    && Set.of("and", "but").contains(s.token(i + 1).lower());
            // "Trump said Obama was the founder of ISIS …, and he reiterated them …": a new clause of the writer's
            boolean andClause = t.text().equals(",") && i + 2 < to && s.token(i + 1).lower().equals("and")
                    && Set.of("PRON", "PROPN").contains(s.token(i + 2).tag()) && startsClause(s, i + 2, to);
            if (!quoted[i] && (but || nextPredicate || trailingWhich || concession || dashAnd || andClause)) {
                return but && t.lower().equals("but") && s.token(i - 1).text().equals(",") ? i - 1 : i;
            }
        }
        int start = c.regionStart();
        boolean subordinate = start > 0 && SUBORDINATORS.contains(s.token(start - 1).lower())
                || start > 1 && SUBORDINATORS.contains(s.token(start - 2).lower()) && s.token(start - 1).tag().equals("DET");
        if (!subordinate) {
            return to;
        }
        for (int i = from + 2; i < to; i++) {
            if (s.token(i).text().equals(",") && startsClause(s, i + 1, to)) {
                return i;
            }
        }
        return to;
    }

    private static boolean hasCommaAfter(AnalysedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** True when a new clause starts between {@code from} and {@code at}: a comma, semicolon or conjunction. */
    private static boolean clauseBreakBefore(AnalysedSentence s, int at, int from) {
        for (int i = at - 1; i >= from && i >= at - 3; i--) {
            Token t = s.token(i);
            if (isBoundary(t) || CLAUSE_OPENERS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The end of the content before the next attribution: before its ", and" or "while". */
    private static int clauseEndBefore(AnalysedSentence s, int next, int floor) {
        int end = next;
        while (end > floor && (isBoundary(s.token(end - 1)) && !isClosingQuote(s.token(end - 1))
                || CLAUSE_OPENERS.contains(s.token(end - 1).lower()))) {
            end--;
        }
        return end;
    }
}
