package org.claimtrace.attribution;

import static org.claimtrace.attribution.SentenceShape.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrace.attribution.Candidate.Shape;

/**
 * Attributions cued by a verb of reporting, wherever its clause stands: fronted ("Officials say the mine will
 * close"), after the content ("The mine will close, officials said"), around it, inverted after a quotation
 * ("“It will close,” said Mr. Kirby"), carried on by a participle ("…, adding that it will close") and passive or
 * agentless ("it was reported that the mine will close", "as reported by Reuters, …").
 */
final class ReportingVerbAttributions {

    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
    /** Words opening a clause of manner or time around a participle: "by saying", "after telling". */
    private static final Set<String> BY_PARTICIPLE = Set.of("by", "after", "while", "before", "when", "since", "in");
    private static final Pattern STATEMENT_CUE = Pattern.compile(
            "^\\s+(?:in|on|at|during) (?:a|an|the|his|her|their) (?:written |joint |brief |televised |news |radio |"
                    + "prepared |separate |recent |phone |telephone |television |tv |emailed |e-mailed )?"
                    + "(?:statement|interview|post|news release|press release|briefing|news conference|"
                    + "press conference|speech|email|e-mail|letter|tweet|op-ed|memo|report)"
                    + "(?: on [\\p{L}][\\p{L} ]{0,20}?(?=[\\s,.;]|$))?");
    private static final int MAX_PARTICIPLE_REACH = 40;

    private final CueLexicon lexicon;
    private final SourceClassifier classifier;
    private final CueJudge judge;

    ReportingVerbAttributions(CueLexicon lexicon, SourceClassifier classifier, CueJudge judge) {
        this.lexicon = lexicon;
        this.classifier = classifier;
        this.judge = judge;
    }

    /** The attribution whose verb of reporting is token {@code i}, if it is one. */
    Candidate at(String text, AnalysedSentence s, int i, int floor, int limit, List<Candidate> earlier) {
        String w = s.token(i).lower();
        Optional<CueLexicon.CueVerb> cue = judge.cueAt(s, i);
        if (cue.isEmpty() || !looksLikeVerb(s, i)) {
            return null;
        }
        if (i > 0 && s.token(i - 1).lower().equals("to")) {
            return null; // "declined to say", "wants to tell": no report yet
        }
        int before = i - 1;
        while (before > 0 && s.token(before).tag().equals("ADV")) {
            before--;
        }
        boolean afterComma = before >= 0 && (s.token(before).text().equals(",")
                || before > 0 && isClosingQuote(s.token(before)) && s.token(before - 1).text().equals(","));
        boolean participle = w.endsWith("ing") && before >= 0 && !afterComma
                && !s.token(before).tag().equals("AUX") && !s.token(before).lower().equals("and");
        if (participle) {
            // "the officials describing it were not authorized": a description, not a report; but "…, by saying
            // that …", "after telling reporters that …": the sentence's subject reports, in a clause of manner or time
            Candidate c = BY_PARTICIPLE.contains(s.token(before).lower()) && cue.get().kind() != CueLexicon.CueKind.LEARNED
                    ? byParticiple(text, s, i, limit, cue.get().stance(), earlier) : null;
            return c == null ? null : admit(s, c, cue.get().kind(), limit);
        }
        if (i > 0 && s.token(i - 1).text().endsWith("-")) {
            return null; // "the self-described socialist"
        }
        Candidate c = verbCue(text, s, i, floor, limit, cue.get(), earlier);
        return c == null ? null : admit(s, c, cue.get().kind(), limit);
    }

    /**
     * Verbs other than saying need more around them to report something: a belief or a denial needs a clause
     * ("believes the deal will fail", not "wants to win" or "denied bail"), a finding a poll, study or record
     * as its source or a "that" clause ("the council found that …", not "he found a job"). They score
     * lower than a verb of saying: they are more often the writer's own account.
     */
    private Candidate admit(AnalysedSentence s, Candidate c, CueLexicon.CueKind kind, int limit) {
        return switch (kind) {
            case SAYING -> c;
            case JUDGING -> c.withScore(c.score() - 0.15);
            case CLAUSE_ONLY -> c.shape() == Shape.SOURCE_FIRST && startsClause(s, c.contentFrom(), limit, true)
                    ? c.withScore(c.score() - 0.1) : null;
            case FINDING -> c.source() != null && (isRecord(s, c.source()) || thatClause(s, c))
                    ? c.withScore(c.score() - 0.1) : null;
            case LEARNED -> c.withScore(c.score() - 0.25);
        };
    }

    private static boolean thatClause(AnalysedSentence s, Candidate c) {
        return c.shape() == Shape.SOURCE_FIRST && c.contentFrom() > 0
                && s.token(c.contentFrom() - 1).lower().equals("that");
    }

    /** A record, outlet or intelligence, or a phrase made of records: "a Real Clear Politics average of polls". */
    private boolean isRecord(AnalysedSentence s, int[] source) {
        List<Token> tokens = s.tokens().subList(source[0], source[1]);
        AttributionType type = classifier.classify(tokens);
        boolean ofRecords = tokens.stream().anyMatch(t -> lexicon.documents().contains(t.lower()));
        return ofRecords || type == AttributionType.DOCUMENT || type == AttributionType.INTELLIGENCE
                || type == AttributionType.OTHER_OUTLET || type == AttributionType.OWN_REPORTING
                || type == AttributionType.STATE_MEDIA;
    }

    private Candidate verbCue(String text, AnalysedSentence s, int v, int floor, int limit, CueLexicon.CueVerb cue,
            List<Candidate> earlier) {
        Stance stance = cue.stance();
        Token verb = s.token(v);
        int cueEnd = extendCue(text, verb.end());
        int after = v + 1;
        while (after < limit && s.token(after).end() <= cueEnd) {
            after++;
        }
        if (v > floor && s.token(v - 1).lower().equals("as") && after + 1 < limit
                && s.token(after).lower().equals("by")) {
            return asReportedBy(s, v, after, limit, cueEnd, stance);
        }
        int subject = SourcePhrases.subjectEnd(s, v);
        if (subject >= floor && subject >= 0 && BE_FORMS.contains(s.token(subject).lower())
                && !verb.lower().endsWith("ing")) {
            return agentless(s, v, subject, after, floor, limit, cueEnd, stance);
        }
        boolean participle = verb.lower().endsWith("ing") && subject >= floor && subject >= 0
                && (s.token(subject).text().equals(",") || subject > 0 && isClosingQuote(s.token(subject))
                        && s.token(subject - 1).text().equals(",")); // "hailed it as “fantastic,” telling …"
        boolean coordinated = subject >= floor && subject > 0 && Set.of("and", "but").contains(s.token(subject).lower());
        if (participle || coordinated) {
            // "…, adding that …" / "He said the base … and said Stevens’s rescue was always a priority"
            int[] source = earlier.isEmpty() ? mainSubject(s, v) : earlier.getLast().source();
            int objectEnd = LISTENER_VERBS.contains(verb.lower()) ? skipListener(s, after, limit) : after;
            int from = contentStart(s, objectEnd, limit); // ", telling Reuters, “…”": Reuters is the listener
            if (source == null || from >= limit) {
                return null;
            }
            return new Candidate(v, after, verb.start(), cueEnd, source, Shape.SOURCE_FIRST, from, stance, 0.75, null)
                    .borrowing();
        }
        int[] left = SourcePhrases.before(s, v, floor);
        if (left == null && cue.kind() == CueLexicon.CueKind.SAYING) {
            left = SourcePhrases.wholeSubject(s, v, floor);
        }
        if (left != null) {
            Candidate c = withLeftSource(s, v, after, left, floor, limit, cueEnd, stance);
            return c == null ? null : socialPost(text, s, v, limit, c);
        }
        if (cue.kind() != CueLexicon.CueKind.SAYING) {
            return null; // "…, called Trump a blowhard": only a verb of saying comes before its speaker
        }
        if (v == floor) {
            // "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”"
            int[] right = SourcePhrases.after(s, v, limit);
            int comma = right == null ? -1 : nextComma(s, right[1], limit);
            if (comma >= 0 && comma + 1 < limit) {
                return new Candidate(v, comma, verb.start(), cueEnd, right, Shape.SOURCE_FIRST, comma + 1, stance,
                        0.8, null);
            }
            return null;
        }
        boolean inverted = v > floor && (s.token(v - 1).text().equals(",") || isClosingQuote(s.token(v - 1)));
        if (inverted) {
            int[] right = SourcePhrases.after(s, v, limit);
            if (right != null && v - 1 > floor) {
                // "“This used to be Russia’s back yard,” said Raffaello Pantucci, …, “but it is …”"
                boolean around = right[1] + 1 < limit && s.token(right[1]).text().equals(",")
                        && isQuoteOpening(s, right[1] + 1);
                return new Candidate(v, v + 1, verb.start(), extendCue(text, verb.end()), right,
                        around ? Shape.AROUND : Shape.CONTENT_FIRST, -1, stance, 0.85, null);
            }
        }
        return null;
    }

    private Candidate withLeftSource(AnalysedSentence s, int v, int after, int[] source, int floor, int limit,
            int cueEnd, Stance stance) {
        Token verb = s.token(v);
        boolean textBefore = source[0] - 1 > floor && isBoundary(s.token(source[0] - 1));
        int objectEnd = !LISTENER_VERBS.contains(verb.lower()) ? after
                : textBefore ? listenerOfAnyLength(s, after, limit) : skipListener(s, after, limit);
        if (textBefore) {
            int comma = adjunctsThenComma(s, objectEnd, limit);
            boolean tailIsAside = comma >= 0 && comma + 1 < limit && isAside(s, comma + 1);
            if (onlyAdjunctsFrom(s, objectEnd, limit) || tailIsAside || isAdjunctClause(s, objectEnd, limit)
                    || isAdjunctClause(s, skipAdjuncts(s, objectEnd, limit), limit)
                    || comma >= 0 && verbless(s, comma + 1, limit)) {
                // "Content, the officials said on Monday [, adding …]."
                return new Candidate(v, objectEnd, verb.start(), cueEnd, source, Shape.CONTENT_FIRST, -1, stance,
                        0.9, null);
            }
            if (comma >= 0) {
                // "One potential stop, an official said, is Vostochny" / "“Words,” he said, “more words.”"
                return new Candidate(v, comma, verb.start(), cueEnd, source, Shape.AROUND, -1, stance, 0.8, null);
            }
        }
        int from = contentStart(s, objectEnd, limit);
        if (from >= limit) {
            return null;
        }
        boolean appositive = source[1] < v && s.token(source[1]).text().equals(",");
        return new Candidate(v, objectEnd, verb.start(), cueEnd, source, Shape.SOURCE_FIRST, from, stance,
                appositive ? 0.85 : 0.8, null);
    }

    /** "wrote on X that …", "said in a post on Telegram": the cue names the platform and the type is a post. */
    private Candidate socialPost(String text, AnalysedSentence s, int v, int limit, Candidate c) {
        for (int i = v + 1; i < Math.min(limit, v + 7); i++) {
            if (!s.token(i).lower().equals("on") || i + 1 >= limit) {
                continue;
            }
            String rest = text.substring(s.token(i + 1).start(), s.end());
            Optional<PhraseList.Match> platform = lexicon.socialPlatforms().find(rest);
            if (platform.isPresent() && platform.get().start() == 0) {
                int cueEnd = Math.max(c.cueEnd(), s.token(i + 1).start() + platform.get().end());
                return new Candidate(c.cueFrom(), c.cueTo(), c.cueStart(), cueEnd, c.source(), c.shape(),
                        c.contentFrom(), c.stance(), c.score(), AttributionType.SOCIAL_POST, c.borrowed());
            }
        }
        return c;
    }

    /**
     * "was first reported by BuzzFeed" and "As reported by Western Journalism, …" have a source after "by";
     * "it was reported that …" has none.
     */
    private Candidate agentless(AnalysedSentence s, int v, int be, int after, int floor, int limit, int cueEnd,
            Stance stance) {
        Token verb = s.token(v);
        if (after + 1 < limit && s.token(after).lower().equals("by")) {
            int[] source = SourcePhrases.after(s, after, limit);
            if (source == null || be <= floor) {
                return null;
            }
            // the content is the subject: "Tinder's ban of Ms. Gedrich was first reported by BuzzFeed"
            return new Candidate(be, source[1], s.token(be).start(), cueEnd, source, Shape.CONTENT_FIRST, -1, stance,
                    0.75, null);
        }
        boolean it = be - 1 >= floor && s.token(be - 1).lower().equals("it");
        if (!it) {
            return null;
        }
        int from = contentStart(s, after, limit);
        if (from >= limit) {
            return null;
        }
        AttributionType type = verb.lower().startsWith("report") ? AttributionType.OTHER_OUTLET
                : AttributionType.UNATTRIBUTED;
        return new Candidate(be - 1, after, s.token(be - 1).start(), cueEnd, null, Shape.SOURCE_FIRST, from,
                Stance.HEDGED, 0.6, type);
    }

    // "As reported by Western Journalism, there are 150 delegates at stake"
    private Candidate asReportedBy(AnalysedSentence s, int v, int after, int limit, int cueEnd, Stance stance) {
        int[] source = SourcePhrases.after(s, after, limit);
        if (source == null || source[1] >= limit || !s.token(source[1]).text().equals(",")) {
            return null;
        }
        return new Candidate(v - 1, source[1], s.token(v - 1).start(), cueEnd, source, Shape.SOURCE_FIRST,
                source[1] + 1, stance, 0.8, null);
    }

    private static int extendCue(String text, int verbEnd) {
        Matcher m = STATEMENT_CUE.matcher(text.substring(verbEnd, Math.min(text.length(), verbEnd + 60)));
        return m.find() ? verbEnd + m.end() : verbEnd;
    }

    /**
     * "He drew criticism by saying that …", "…, after telling reporters that …", "…, while arguing the U.S. should …":
     * a verb of saying in a clause of manner or time reports for the subject of the sentence's first verb, and
     * its content is what it introduces. A fronted clause ("By saying …, he …") has its subject after it and is
     * left alone.
     */
    private Candidate byParticiple(String text, AnalysedSentence s, int v, int limit, Stance stance,
            List<Candidate> earlier) {
        Token verb = s.token(v);
        int cueEnd = extendCue(text, verb.end());
        int after = v + 1;
        while (after < limit && s.token(after).end() <= cueEnd) {
            after++;
        }
        int[] source = earlier.isEmpty() ? mainSubject(s, v - 1) : earlier.getLast().source();
        int objectEnd = LISTENER_VERBS.contains(verb.lower()) ? skipListener(s, after, limit) : after;
        int from = contentStart(s, objectEnd, limit);
        if (source == null || from >= limit || !startsClause(s, from, limit, true) && !isQuoteOpening(s, from)) {
            return null;
        }
        return new Candidate(v, after, verb.start(), cueEnd, source, Shape.SOURCE_FIRST, from, stance, 0.7, null)
                .borrowing();
    }

    /** The subject of the sentence's first verb: who "…, adding that …" goes on speaking for. */
    private static int[] mainSubject(AnalysedSentence s, int before) {
        for (int i = 1; i < Math.min(before, MAX_PARTICIPLE_REACH); i++) {
            if (s.token(i).isVerb()) {
                return SourcePhrases.before(s, i, 0);
            }
        }
        return null;
    }

    /** Some tagger slips are certain enough to overrule: "Glenn Beck Says Trump …" in a title-case headline. */
    private static boolean looksLikeVerb(AnalysedSentence s, int i) {
        Token t = s.token(i);
        if (t.tag().equals("VERB")) {
            return true;
        }
        return Set.of("said", "says", "told", "tells").contains(t.lower()) && !t.tag().equals("DET")
                && (i == 0 || !s.token(i - 1).tag().equals("DET"));
    }
}
