package org.claimtrace.attribution;

import static org.claimtrace.attribution.SentenceShape.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the attributions in one sentence — cue, source and content — in the shapes news writing uses:
 * <ul>
 *   <li>content first: "Content, the officials said." / "“Words,” said Mr. Kirby." / "“Words” ― Sonya H.";</li>
 *   <li>source first: "U.S. officials say content", "A spokesman, John Kirby, told reporters that content",
 *       "According to X, content", "X said: “words”";</li>
 *   <li>around: "Content, an official said, more content" / "Content, according to X, more content";</li>
 *   <li>a participle carrying on the sentence's subject: "…, adding that content";</li>
 *   <li>passive and agentless: "was first reported by BuzzFeed", "it was reported that content", "reportedly",
 *       "released by X" — content is the clause;</li>
 *   <li>a relay tail ", citing X": when X names a source (officials, a report, intelligence, an outlet) it
 *       becomes the source, the origin the claim rests on; evidence ("citing structural damage") does not.</li>
 * </ul>
 * A sentence may carry several attributions ("X said A, while Y said B"); an attribution inside another's
 * content ("X said Y believes B") is left to the outer one, as the corpora annotate it. Quoted words are never
 * cues: the speaker's own "I said" is part of what is quoted.
 * <p>
 * This class walks the sentence and asks the shapes in a fixed order — phrases ({@link SourcePhraseAttributions})
 * before verbs of reporting ({@link ReportingVerbAttributions}) — then lets {@link AttributionContents} share
 * the content out.
 */
final class AttributionFinder {

    private static final Set<String> DASHES = Set.of("―", "—", "–", "--");

    private final SourcePhraseAttributions phrases;
    private final ReportingVerbAttributions verbs;
    private final AttributionContents contents;

    AttributionFinder(CueLexicon lexicon, CueJudge judge) {
        SourceClassifier classifier = new SourceClassifier(lexicon);
        this.phrases = new SourcePhraseAttributions(lexicon, classifier);
        this.verbs = new ReportingVerbAttributions(lexicon, classifier, judge);
        this.contents = new AttributionContents(lexicon);
    }

    /** The attributions of one sentence, in reading order. */
    List<FoundAttribution> find(String text, AnalysedSentence s, QuoteMarks quotes) {
        int limit = lastContentToken(s);
        boolean[] quoted = quotedTokens(s, quotes);
        SourcePhraseAttributions.Citing citing = phrases.citingTail(s, limit, quoted);
        if (citing != null) {
            limit = citing.comma();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            if (quoted[i]) {
                continue;
            }
            int floor = candidates.isEmpty() ? 0 : candidates.getLast().regionEnd();
            if (i < floor) {
                continue;
            }
            Candidate c = candidateAt(text, s, i, floor, limit, candidates);
            if (c != null) {
                candidates.add(c);
            }
        }
        List<FoundAttribution> found = contents.withContents(s, candidates, limit, quoted);
        if (citing != null) {
            found = phrases.relay(s, found, citing);
        }
        return found;
    }

    private Candidate candidateAt(String text, AnalysedSentence s, int i, int floor, int limit,
            List<Candidate> earlier) {
        Token t = s.token(i);
        String w = t.lower();
        if (w.equals("according") && i + 1 < limit && s.token(i + 1).lower().equals("to")) {
            return phrases.accordingTo(s, i, floor, limit);
        }
        if (w.equals("reportedly")) {
            return phrases.reportedly(t, i);
        }
        if (DASHES.contains(t.text()) && i > 0 && isClosingQuote(s.token(i - 1))) {
            return phrases.quoteThenName(s, i, limit);
        }
        if (t.text().equals(":") && floor == 0) {
            return phrases.speakerColon(s, i, limit);
        }
        if (w.equals("in") && i + 2 < limit) {
            Candidate poll = phrases.inAPoll(s, i, floor, limit);
            if (poll != null) {
                return poll;
            }
        }
        Candidate passive = phrases.passiveBy(text, s, i, limit);
        if (passive != null) {
            return passive;
        }
        return verbs.at(text, s, i, floor, limit, earlier);
    }

    private static boolean[] quotedTokens(AnalysedSentence s, QuoteMarks quotes) {
        boolean[] quoted = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            quoted[i] = quotes.isQuoted(t.start(), t.end());
        }
        return quoted;
    }

    static boolean isPronoun(List<Token> source) {
        return source.size() == 1 && Set.of("he", "she", "they", "it", "we", "who").contains(source.getFirst().lower());
    }
}
