package org.claimtrace.attribution;

import static org.claimtrace.attribution.SentenceShape.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 */
final class AttributionFinder {

    private enum Shape { CONTENT_FIRST, SOURCE_FIRST, AROUND }

    /** A cue and its source, before contents are shared out between the attributions of the sentence. */
    private record Candidate(int cueFrom, int cueTo, int cueStart, int cueEnd, int[] source, Shape shape,
            int contentFrom, Stance stance, double score, AttributionType fixedType, boolean borrowed) {

        Candidate(int cueFrom, int cueTo, int cueStart, int cueEnd, int[] source, Shape shape, int contentFrom,
                Stance stance, double score, AttributionType fixedType) {
            this(cueFrom, cueTo, cueStart, cueEnd, source, shape, contentFrom, stance, score, fixedType, false);
        }

        /** "…, adding that …", "… and said …": the source is the subject of an earlier verb. */
        Candidate borrowing() {
            return new Candidate(cueFrom, cueTo, cueStart, cueEnd, source, shape, contentFrom, stance, score,
                    fixedType, true);
        }

        int regionStart() {
            return source == null || borrowed ? cueFrom : Math.min(cueFrom, source[0]);
        }

        int regionEnd() {
            return source == null || borrowed ? cueTo : Math.max(cueTo, source[1]);
        }

        Candidate withScore(double newScore) {
            return new Candidate(cueFrom, cueTo, cueStart, cueEnd, source, shape, contentFrom, stance, newScore,
                    fixedType, borrowed);
        }
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "while", "as", "though", "although",
            "because", "so", "yet", "when", "after", "since", "whereas", "or", "still", "instead", "meanwhile");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
    /** Verbs whose first object is the listener, not the content: "told reporters that …". */
    private static final Set<String> LISTENER_VERBS = Set.of("told", "tell", "tells", "telling", "asked", "ask",
            "asks", "urged", "urges", "warned", "warns", "reminded", "reminds", "assured", "assures", "informed",
            "informs", "promised", "promises", "advised", "advises", "convinced");
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "as", "because",
            "since", "until", "though", "although", "if", "once", "whenever");
    /** Words opening a clause of manner or time around a participle: "by saying", "after telling". */
    private static final Set<String> BY_PARTICIPLE = Set.of("by", "after", "while", "before", "when", "since", "in");
    private static final Set<String> RELATIVE_WORDS = Set.of("who", "whose", "whom", "which");
    private static final Set<String> DASHES = Set.of("―", "—", "–", "--");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night",
            "week", "weekend", "month", "year", "earlier", "later", "last", "this", "recently", "again", "repeatedly",
            "publicly", "privately", "late", "early", "afterward", "afterwards", "too", "also", "ago", "previously",
            "then", "now", "once", "twice", "separately", "directly", "flatly");
    private static final Pattern STATEMENT_CUE = Pattern.compile(
            "^\\s+(?:in|on|at|during) (?:a|an|the|his|her|their) (?:written |joint |brief |televised |news |radio |"
                    + "prepared |separate |recent |phone |telephone |television |tv |emailed |e-mailed )?"
                    + "(?:statement|interview|post|news release|press release|briefing|news conference|"
                    + "press conference|speech|email|e-mail|letter|tweet|op-ed|memo|report)"
                    + "(?: on [\\p{L}][\\p{L} ]{0,20}?(?=[\\s,.;]|$))?");
    private static final int MAX_PARTICIPLE_REACH = 40;
    private static final Set<String> POLL_WORDS = Set.of("poll", "polls", "survey", "surveys", "polling");
    /** The longest source before a colon, in tokens: "Rep. Trey Gowdy (R-S.C.):" is about as long as they come. */
    private static final int MAX_COLON_SOURCE = 6;

    private final CueLexicon lexicon;
    private final SourceClassifier classifier;
    private final CueJudge judge;

    AttributionFinder(CueLexicon lexicon, CueJudge judge) {
        this.lexicon = lexicon;
        this.classifier = new SourceClassifier(lexicon);
        this.judge = judge;
    }

    /** The attributions of one sentence, in reading order. */
    List<FoundAttribution> find(String text, AnalysedSentence s, QuoteMarks quotes) {
        int limit = lastContentToken(s);
        boolean[] quoted = quotedTokens(s, quotes);
        Citing citing = citingTail(s, limit, quoted);
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
        List<FoundAttribution> found = withContents(s, candidates, limit, quoted);
        if (citing != null) {
            found = relay(s, found, citing);
        }
        return found;
    }

    private Candidate candidateAt(String text, AnalysedSentence s, int i, int floor, int limit,
            List<Candidate> earlier) {
        Token t = s.token(i);
        String w = t.lower();
        if (w.equals("according") && i + 1 < limit && s.token(i + 1).lower().equals("to")) {
            return accordingTo(s, i, floor, limit);
        }
        if (w.equals("reportedly")) {
            return new Candidate(i, i + 1, t.start(), t.end(), null, Shape.AROUND, -1, Stance.HEDGED, 0.75,
                    AttributionType.OTHER_OUTLET);
        }
        if (DASHES.contains(t.text()) && i > 0 && isClosingQuote(s.token(i - 1))) {
            return quoteThenName(s, i, limit);
        }
        if (t.text().equals(":") && floor == 0) {
            return speakerColon(s, i, limit);
        }
        if (w.equals("in") && i + 2 < limit) {
            Candidate poll = inAPoll(s, i, floor, limit);
            if (poll != null) {
                return poll;
            }
        }
        Candidate passive = passiveBy(text, s, i, limit);
        if (passive != null) {
            return passive;
        }
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
            if (isAdjunctOnly(s, objectEnd, limit) || tailIsAside || isAdjunctClause(s, objectEnd, limit)
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

    // "According to X, content."  /  "Content, according to X."  /  "Content, according to X, content."
    private Candidate accordingTo(AnalysedSentence s, int a, int floor, int limit) {
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
    private Candidate quoteThenName(AnalysedSentence s, int dash, int limit) {
        int end = SourcePhrases.nounPhraseEnd(s, dash + 1, limit);
        if (end == dash + 1 || end < limit - 1 || end - dash > 8) {
            return null;
        }
        Token d = s.token(dash);
        return new Candidate(dash, dash + 1, d.start(), d.end(), new int[] {dash + 1, end}, Shape.CONTENT_FIRST, -1,
                Stance.NEUTRAL, 0.8, null);
    }

    // "A photograph released by North Korean state news shows …"
    /**
     * "Poll: Sanders Leads Clinton Nationally", "Reid: ‘Never underestimate Trump.’", a transcript's "TAPPER: …":
     * a headline or line that opens with a source and a colon gives the rest to that source. The source is a
     * few words without a verb that name someone or a record, so "Update: …" and "The bottom line: …" are not;
     * what follows says something (a verb or a quotation), so a list of names after "Iowa:" is not.
     */
    private Candidate speakerColon(AnalysedSentence s, int colon, int limit) {
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
    private Candidate inAPoll(AnalysedSentence s, int i, int floor, int limit) {
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

    private Candidate passiveBy(String text, AnalysedSentence s, int i, int limit) {
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

    /** Verbs the tagger often takes for plural nouns after a photo subject: "… state news shows Kim". */
    private static final Set<String> CAPTION_VERBS = Set.of("shows", "show", "showed", "shown", "depicts", "depict",
            "appears", "appear", "is", "are", "was", "were");

    /** Shares the sentence between its candidates and drops those nested in another's content. */
    private List<FoundAttribution> withContents(AnalysedSentence s, List<Candidate> candidates, int limit,
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

    /**
     * No verb and no quotation from {@code from} to {@code to}: the rest of a place or time after a comma
     * ("“…,” Lopez told a crowd in Dayton, Ohio on Tuesday night"), not content resumed around the cue.
     */
    private static boolean verbless(AnalysedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).isVerb() || isQuoteOpening(s, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasCommaAfter(AnalysedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** A subject and its verb within a few words: "he appears", "the campaign has said". */
    private static boolean startsClause(AnalysedSentence s, int from, int to) {
        return startsClause(s, from, to, false);
    }

    /** As above; with {@code afterThat}, content that followed "that" counts as a clause too. */
    private static boolean startsClause(AnalysedSentence s, int from, int to, boolean afterThat) {
        if (afterThat && from > 0 && from <= s.size() && s.token(from - 1).lower().equals("that")) {
            return true;
        }
        if (from >= to || s.token(from).lower().equals("to") || s.token(from).isVerb()) {
            return false;
        }
        for (int i = from; i < Math.min(to, from + 6); i++) {
            if (s.token(i).isVerb()) {
                return i > from;
            }
            if (isBoundary(s.token(i))) {
                return false;
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

    /** Where the content after a verb starts: past "that", a colon or comma, and time or place phrases. */
    private static int contentStart(AnalysedSentence s, int after, int limit) {
        int skipped = skipAdjuncts(s, after, limit);
        if (skipped < limit) {
            String w = s.token(skipped).lower();
            if (w.equals("that") || w.equals(",") || w.equals(":")) {
                return skipped + 1;
            }
            if (isQuoteOpening(s, skipped) || onlyTimeWords(s, after, skipped)) {
                return skipped;
            }
        }
        if (after < limit && Set.of("that", ",", ":").contains(s.token(after).lower())) {
            return after + 1;
        }
        return after;
    }

    private static boolean onlyAdjuncts(AnalysedSentence s, int from, int to) {
        return skipAdjuncts(s, from, to) >= to;
    }

    /** Skips "on Monday", "Tuesday night", "in an interview with CNN", "at a rally in Ohio" after a verb. */
    static int skipAdjuncts(AnalysedSentence s, int from, int limit) {
        int i = from;
        boolean moved = true;
        while (moved && i < limit) {
            moved = false;
            Token t = s.token(i);
            boolean adverb = t.tag().equals("ADV") && t.lower().endsWith("ly");
            if (TIME_WORDS.contains(t.lower()) || adverb || t.tag().equals("PROPN") && isWeekday(t)) {
                i++;
                moved = true;
            } else if (t.tag().equals("ADP") && !t.lower().equals("that") && (!t.lower().equals("of") || i == from)) {
                int end = SourcePhrases.nounPhraseEnd(s, i + 1, limit);
                if (end > i + 1) {
                    i = end;
                    moved = true;
                }
            }
        }
        return i;
    }

    private static boolean onlyTimeWords(AnalysedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            if (!TIME_WORDS.contains(t.lower()) && !isWeekday(t) && !Set.of("on", "in", "at").contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWeekday(Token t) {
        return TIME_WORDS.contains(t.lower()) || t.lower().matches("(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    }

    /**
     * What follows the verb says only when, where or to whom: "told CNN’s Jake Tapper", "said of the move during
     * an interview on Fox News Tuesday night" — no verb of its own outside quotes, no "that".
     */
    private static boolean isAdjunctOnly(AnalysedSentence s, int from, int limit) {
        if (from >= limit) {
            return true;
        }
        Token first = s.token(from);
        boolean opensAdjunct = first.tag().equals("ADP") && !first.lower().equals("that") || first.tag().equals("ADV")
                || TIME_WORDS.contains(first.lower()) || isWeekday(first);
        if (limit - from > 15 || !opensAdjunct) {
            return false; // "…, local officials said they welcome …", "…, dismissed Obama’s actions": content
        }
        for (int i = from; i < limit; i++) {
            Token t = s.token(i);
            if (t.isVerb() || t.lower().equals("that") || t.text().equals(":") || t.text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** The comma closing a source and its relative clause: "Said X, who grew up with Ali, “…”". */
    private static int nextComma(AnalysedSentence s, int from, int limit) {
        for (int i = from; i < limit && i - from < 20; i++) {
            if (s.token(i).text().equals(",") && (i + 1 >= limit || !RELATIVE_WORDS.contains(s.token(i + 1).lower()))) {
                return i;
            }
            if (isQuoteOpening(s, i)) {
                return -1;
            }
        }
        return -1;
    }

    /** The comma after the verb's time and place phrases, or -1: "said on Monday, …". */
    private static int adjunctsThenComma(AnalysedSentence s, int from, int limit) {
        int i = from;
        while (i < limit && !s.token(i).text().equals(",")) {
            Token t = s.token(i);
            if (t.isVerb() || t.lower().equals("that") || isBoundary(t) && !isQuoteOpening(s, i) && !isClosingQuote(t)) {
                return -1;
            }
            i++;
        }
        return i < limit && i - from <= 12 ? i : -1;
    }

    /** After "…, he said," a participle or a clause of time is not more content: "…, referring to …". */
    private boolean isAside(AnalysedSentence s, int i) {
        Token t = s.token(i);
        boolean participle = t.isVerb() && t.lower().endsWith("ing");
        return participle || SUBORDINATORS.contains(t.lower()) && !t.lower().equals("as")
                || t.lower().equals("as") && i + 1 < s.size() && !s.token(i + 1).tag().equals("ADJ");
    }

    /** "… she said in a statement after this story was published": a clause of time or reason, not content. */
    private static boolean isAdjunctClause(AnalysedSentence s, int from, int limit) {
        if (!SUBORDINATORS.contains(s.token(from).lower()) || limit - from > 14) {
            return false;
        }
        for (int i = from; i < limit; i++) {
            if (s.token(i).lower().equals("that") || isQuoteOpening(s, i)) {
                return false;
            }
        }
        return true;
    }

    /** "“…,” she told an audience of academics and policy makers at the Monetary Policy Forum." */
    private static int listenerOfAnyLength(AnalysedSentence s, int after, int limit) {
        if (after < limit && s.token(after).tag().equals("PRON")) {
            return after + 1;
        }
        return SourcePhrases.nounPhraseEnd(s, after, limit);
    }

    /** "told reporters", "told CNN’s Jake Tapper", "asked him": the listener is neither source nor content. */
    private static int skipListener(AnalysedSentence s, int after, int limit) {
        if (after >= limit) {
            return after;
        }
        Token first = s.token(after);
        if (first.tag().equals("PRON") && !first.lower().equals("it")) {
            return after + 1;
        }
        if (first.lower().equals("that") || isBoundary(first)) {
            return after;
        }
        int end = SourcePhrases.nounPhraseEnd(s, after, limit);
        return end - after <= 8 ? end : after;
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

    private static boolean[] quotedTokens(AnalysedSentence s, QuoteMarks quotes) {
        boolean[] quoted = new boolean[s.size()];
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            quoted[i] = quotes.isQuoted(t.start(), t.end());
        }
        return quoted;
    }

    private static boolean isClosingQuote(Token t) {
        return Set.of("”", "\"", "''", "’").contains(t.text());
    }

    private static boolean isQuoteOpening(AnalysedSentence s, int i) {
        return i < s.size() && Set.of("“", "\"", "''", "‘").contains(s.token(i).text());
    }

    private record Citing(int comma, int cue, int sourceEnd) {
    }

    // ", citing declassified intelligence."
    private Citing citingTail(AnalysedSentence s, int limit, boolean[] quoted) {
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
    private List<FoundAttribution> relay(AnalysedSentence s, List<FoundAttribution> found, Citing citing) {
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

    static boolean isPronoun(List<Token> source) {
        return source.size() == 1 && Set.of("he", "she", "they", "it", "we", "who").contains(source.getFirst().lower());
    }
}
