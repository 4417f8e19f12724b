package org.claimtrace.attribution;

import static org.claimtrace.attribution.SentenceShape.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimtrace.attribution.Candidate.Shape;

/**
 * Attributions cued by a phrase rather than a verb of saying: "according to", "reportedly", "in a … poll",
 * "released by", a name after a dash closing a quotation, a headline's "Source: …" and a relay's ", citing X" —
 * "Turnout fell, according to the election commission."
 */
final class SourcePhraseAttributions {

    private static final Set<String> POLL_WORDS = Set.of("poll", "polls", "survey", "surveys", "polling");
    /** The longest source before a colon, in tokens: "Rep. Trey Gowdy (R-S.C.):" is about as long as they come. */
    private static final int MAX_COLON_SOURCE = 6;
    /** Verbs the tagger often takes for plural nouns after a photo subject: "… state news shows Kim". */
    private static final Set<String> CAPTION_VERBS = Set.of("shows", "show", "showed", "shown", "depicts", "depict",
            "appears", "appear", "is", "are", "was", "were");

    private final CueLexicon lexicon;
    private final SourceClassifier classifier;

    SourcePhraseAttributions(CueLexicon lexicon, SourceClassifier classifier) {
        this.lexicon = lexicon;
        this.classifier = classifier;
    }

    // "Kim reportedly ordered the test": the writer relays another outlet's report without naming it
    Candidate reportedly(Token t, int i) {
        return new Candidate(i, i + 1, t.start(), t.end(), null, Shape.AROUND, -1, Stance.HEDGED, 0.75,
                AttributionType.OTHER_OUTLET);
    }

    // "According to X, content."  /  "Content, according to X."  /  "Content, according to X, content."
    Candidate accordingTo(AnalysedSentence s, int a, int floor, int limit) {
        int sourceEnd = a + 2;
        while (sourceEnd < limit && !isBoundary(s.token(sourceEnd))) {
            sourceEnd++;
        }
        if (sourceEnd == a + 2) {
            return null;
        }
        boolean atStart = a == floor || (a == floor + 1 && CLAUSE_OPENERS.contains(s.token(floor).lower()));
        boolean atEnd = sourceEnd >= limit || onlyAppositiveFollows(s, sourceEnd, limit);
        if (atEnd && !atStart) {
            sourceEnd = limit;
        }
        int[] source = {a + 2, sourceEnd};
        Token cue = s.token(a);
        int cueEnd = s.token(a + 1).end();
        if (atStart) {
            int from = sourceEnd < limit && s.token(sourceEnd).text().equals(",") ? sourceEnd + 1 : sourceEnd;
            return from < limit ? new Candidate(a, a + 2, cue.start(), cueEnd, source, Shape.SOURCE_FIRST, from,
                    Stance.NEUTRAL, 0.9, null) : null;
        }
        return new Candidate(a, a + 2, cue.start(), cueEnd, source, atEnd ? Shape.CONTENT_FIRST : Shape.AROUND, -1,
                Stance.NEUTRAL, 0.9, null);
    }

    // "“… our greatest shame.” ― Sonya Herridge"
    Candidate quoteThenName(AnalysedSentence s, int dash, int limit) {
        int end = SourcePhrases.nounPhraseEnd(s, dash + 1, limit);
        if (end == dash + 1 || end < limit - 1 || end - dash > 8) {
            return null;
        }
        Token d = s.token(dash);
        return new Candidate(dash, dash + 1, d.start(), d.end(), new int[] {dash + 1, end}, Shape.CONTENT_FIRST, -1,
                Stance.NEUTRAL, 0.8, null);
    }

    /**
     * "Poll: Sanders Leads Clinton Nationally", "Reid: ‘Never underestimate Trump.’", a transcript's "TAPPER: …":
     * a headline or line that opens with a source and a colon gives the rest to that source. The source is a
     * few words without a verb that name someone or a record, so "Update: …" and "The bottom line: …" are not;
     * what follows says something (a verb or a quotation), so a list of names after "Iowa:" is not.
     */
    Candidate speakerColon(AnalysedSentence s, int colon, int limit) {
        if (colon < 1 || colon > MAX_COLON_SOURCE || colon + 3 > limit || s.line() == LineKind.CAPTION) {
            return null;
        }
        for (int k = 0; k < colon; k++) {
            Token w = s.token(k);
            if (w.isVerb() || w.tag().equals("PRON") || w.tag().equals("SCONJ") || isBoundary(w)) {
                return null;
            }
        }
        if (!classifier.namesASource(s.tokens().subList(0, colon)) || verbless(s, colon + 1, limit)) {
            return null;
        }
        Token t = s.token(colon);
        return new Candidate(colon, colon + 1, t.start(), t.end(), new int[] {0, colon}, Shape.SOURCE_FIRST,
                colon + 1, Stance.NEUTRAL, 0.7, null);
    }

    /**
     * "Clinton led Sanders 64 to 27 in an NBC News/Marist poll released Monday." / "In the same poll, Obama was
     * winning …": a poll or survey the sentence's figures come from is their source, "in" the cue. Only where the
     * poll opens the sentence or closes it, so "the gap in the polls has narrowed" is not read as one.
     */
    Candidate inAPoll(AnalysedSentence s, int i, int floor, int limit) {
        int end = SourcePhrases.nounPhraseEnd(s, i + 1, limit);
        // the poll heads the phrase ("in front of a polling station" has none) and is a particular one: "a slight
        // lead in the polls" is the writer's summary
        boolean poll = end > i + 1 && POLL_WORDS.contains(s.token(end - 1).lower())
                && !(s.token(end - 1).lower().equals("polls") && end - (i + 1) <= 2);
        if (!poll || !SourcePhrases.isSourceLike(s, i + 1, end)) {
            return null;
        }
        int sourceEnd = end;
        if (end < limit && s.token(end).tag().equals("VERB") && s.token(end).lower().matches(".*(ed|en|ing)")) {
            while (end < limit && !isBoundary(s.token(end))) {
                end++; // "… poll conducted Jan. 17-23"
            }
            sourceEnd = end;
        }
        Token cue = s.token(i);
        if (i == floor && end < limit && s.token(end).text().equals(",") && end + 3 < limit) {
            return new Candidate(i, i + 1, cue.start(), cue.end(), new int[] {i + 1, sourceEnd}, Shape.SOURCE_FIRST,
                    end + 1, Stance.NEUTRAL, 0.7, null);
        }
        boolean closes = end >= limit || verbless(s, end, limit);
        if (i > floor + 2 && closes && !verbless(s, floor, i)) {
            return new Candidate(i, i + 1, cue.start(), cue.end(), new int[] {i + 1, sourceEnd}, Shape.CONTENT_FIRST,
                    -1, Stance.NEUTRAL, 0.7, null);
        }
        return null;
    }

    // "A photograph released by North Korean state news shows …"
    Candidate passiveBy(String text, AnalysedSentence s, int i, int limit) {
        for (PhraseList cues : List.of(lexicon.releasedBy(), lexicon.reviewedBy())) {
            Optional<PhraseList.Match> m = cues.find(text.substring(s.token(i).start(), s.end()));
            if (m.isEmpty() || m.get().start() != 0) {
                continue;
            }
            int cueEnd = s.token(i).start() + m.get().end();
            int from = i;
            while (from < s.size() && s.token(from).start() < cueEnd) {
                from++;
            }
            int to = from;
            while (to < limit && !s.token(to).isVerb() && !isBoundary(s.token(to)) && !s.token(to).isPunctuation()
                    && !CAPTION_VERBS.contains(s.token(to).lower())) {
                to++;
            }
            if (to == from) {
                return null;
            }
            double score = cues == lexicon.releasedBy() ? 0.7 : 0.65;
            return new Candidate(i, to, s.token(i).start(), cueEnd, new int[] {from, to}, Shape.AROUND, -1,
                    Stance.NEUTRAL, score, null);
        }
        return null;
    }

    /** A relay tail: the comma before it, the word "citing" and the end of what is cited. */
    record Citing(int comma, int cue, int sourceEnd) {
    }

    // ", citing declassified intelligence."
    Citing citingTail(AnalysedSentence s, int limit, boolean[] quoted) {
        for (int i = 1; i < limit; i++) {
            if (s.token(i).lower().equals("citing") && s.token(i - 1).text().equals(",") && !quoted[i]) {
                int end = i + 1;
                while (end < limit && !isBoundary(s.token(end))) {
                    end++;
                }
                return end == i + 1 ? null : new Citing(i - 1, i, end);
            }
        }
        return null;
    }

    /**
     * The relay's origin is what the claim rests on ("the White House warned …, citing declassified
     * intelligence"): when the cited thing names a source, it becomes the source of the attribution before it.
     */
    List<FoundAttribution> relay(AnalysedSentence s, List<FoundAttribution> found, Citing citing) {
        List<Token> cited = s.tokens().subList(citing.cue() + 1, citing.sourceEnd());
        if (!classifier.namesASource(cited)) {
            return found;
        }
        Token cue = s.token(citing.cue());
        if (found.isEmpty()) {
            return List.of(new FoundAttribution(cue.start(), cue.end(), cited, s.start(),
                    s.token(citing.comma()).start(), Stance.NEUTRAL, 0.85, null));
        }
        List<FoundAttribution> relayed = new ArrayList<>(found);
        FoundAttribution last = relayed.removeLast();
        relayed.add(last.withSource(cue.start(), cue.end(), cited, Stance.NEUTRAL, 0.85));
        return relayed;
    }
}
