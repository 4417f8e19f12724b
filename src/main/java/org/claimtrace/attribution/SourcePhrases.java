package org.claimtrace.attribution;

import java.util.Set;

/**
 * Finds the source of a cue in a tagged sentence: the noun phrase before the verb ("Senator John Cornyn of
 * Texas, the No. 2 Republican in the Senate, said"), with its appositives and a relative clause ("a senior
 * official who spoke on condition of anonymity … said"), or after it in inverted order ("…,” said Robert
 * Stone, a 59-year-old from Hilton Head"). Without a parser, a noun phrase is a run of tags that noun
 * phrases are made of, joined by "of", "and" and the like.
 *
 * <p>Offsets are token indices into the sentence; a result is {@code [from, to)} or null when there is none.
 */
final class SourcePhrases {

    /** The longest source accepted, in tokens: a name, a title and an appositive or a relative clause. */
    static final int MAX_SOURCE_TOKENS = 32;
    private static final int MAX_CORE_TOKENS = 14;
    private static final Set<String> NP_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "PART");
    private static final Set<String> JOINERS = Set.of("of", "for", "at", "from", "in", "on", "and", "&", "with",
            "to");
    private static final Set<String> RELATIVES = Set.of("who", "whose", "whom", "who's");
    /** Words between a subject and its verb: "Trump has also said", "officials later told". */
    static final Set<String> BEFORE_VERB = Set.of("has", "have", "had", "also", "later", "previously", "again",
            "then", "repeatedly", "publicly", "privately", "would", "will", "did", "does", "do", "once", "earlier",
            "recently", "first", "all", "both", "often", "frequently", "now", "still", "just", "further", "even",
            "already", "never", "ultimately", "initially", "specifically", "explicitly", "flatly", "quickly",
            "openly", "bluntly", "simply", "subsequently", "separately", "similarly", "likewise", "reportedly",
            "since", "long", "could", "might", "may", "can", "should", "must");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "last", "this", "next", "week", "month",
            "year", "morning", "afternoon", "evening", "night", "earlier", "later");

    private SourcePhrases() {
    }

    /** Index of the token before {@code v} once the words that stand between a subject and its verb are skipped. */
    static int subjectEnd(AnalysedSentence s, int v) {
        int j = v - 1;
        while (j >= 0 && (BEFORE_VERB.contains(s.token(j).lower()) || s.token(j).tag().equals("ADV")
                && !s.token(j).lower().equals("not") && s.token(j).lower().endsWith("ly"))) {
            j--;
        }
        return j;
    }

    /** The source before the verb at {@code v}: {@code [from, to)}, or null. */
    static int[] before(AnalysedSentence s, int v, int floor) {
        int j = subjectEnd(s, v);
        if (j < floor) {
            return null;
        }
        if (s.token(j).text().equals(",")) {
            return appositiveChain(s, j, floor);
        }
        int relative = relativeClauseStart(s, j, floor);
        if (relative >= 0) {
            int core = nounPhraseStart(s, relative - 1, floor);
            if (core <= relative - 1 && isSourceLike(s, core, relative) && j + 1 - core <= MAX_SOURCE_TOKENS) {
                return new int[] {core, j + 1};
            }
            return null;
        }
        int from = nounPhraseStart(s, j, floor);
        from = skipLeadingTime(s, from, j);
        if (from > j || j + 1 - from > MAX_CORE_TOKENS || !isSourceLike(s, from, j + 1)) {
            return null;
        }
        return new int[] {from, j + 1};
    }

    /**
     * "Michael Bloomberg, who is thinking about running, said" / "Clinton, 35, the daughter of …, said": walks
     * back over comma-separated appositives and relative clauses to the name they describe.
     */
    private static int[] appositiveChain(AnalysedSentence s, int comma, int floor) {
        int end = comma; // exclusive end of the source: the comma before the verb is left out
        int segmentEnd = comma - 1;
        int head = -1;
        while (segmentEnd >= floor) {
            int segmentStart = SentenceShape.segmentStart(s, segmentEnd);
            segmentStart = Math.max(segmentStart, floor);
            boolean relative = RELATIVES.contains(s.token(segmentStart).lower())
                    || s.token(segmentStart).lower().equals("which");
            int np = nounPhraseStart(s, segmentEnd, segmentStart);
            boolean wholeNounPhrase = np == segmentStart && segmentEnd - segmentStart < MAX_CORE_TOKENS
                    && !s.token(segmentStart).tag().equals("ADP");
            if (!relative && !wholeNounPhrase) {
                if (head < 0 && np <= segmentEnd && isSourceLike(s, np, segmentEnd + 1)) {
                    head = np; // "…, and Barkley, a fan, said": the name is the end of a longer segment
                }
                break;
            }
            if (wholeNounPhrase) {
                head = segmentStart;
            }
            boolean commaBefore = segmentStart - 1 >= floor && s.token(segmentStart - 1).text().equals(",");
            if (!commaBefore) {
                break;
            }
            segmentEnd = segmentStart - 2;
        }
        if (head < 0 || end - head > MAX_SOURCE_TOKENS || !isSourceLike(s, head, end)) {
            return null;
        }
        // a lone appositive after the content is the source itself: "…, the officials, said" is rare, but
        // "Content, a spokesman said" is not: the head then is the segment just before the verb
        return new int[] {head, end};
    }

    /** "a senior official who spoke …": the index of "who" when it follows a noun in the same segment. */
    private static int relativeClauseStart(AnalysedSentence s, int j, int floor) {
        for (int i = j; i > floor && j - i < MAX_SOURCE_TOKENS; i--) {
            Token t = s.token(i);
            if (SentenceShape.isBoundary(t)) {
                return -1;
            }
            if (RELATIVES.contains(t.lower()) && s.token(i - 1).isNounLike() && !s.token(i - 1).tag().equals("PRON")) {
                return i;
            }
        }
        return -1;
    }

    /** Where the noun phrase ending at {@code end} (inclusive) starts, not before {@code floor}. */
    static int nounPhraseStart(AnalysedSentence s, int end, int floor) {
        int k = end;
        while (k >= floor) {
            Token t = s.token(k);
            if (isNounPhrasePart(t) && !(t.tag().equals("PRON") && k < end && !isPossessive(t))) {
                k--;
                continue;
            }
            boolean joiner = JOINERS.contains(t.lower()) && k - 1 >= floor && k < end
                    && isNounPhrasePart(s.token(k - 1)) && !s.token(k - 1).tag().equals("PRON");
            if (joiner) {
                k--;
                continue;
            }
            if (isParticiple(t) && k < end && k - 1 >= floor && s.token(k - 1).isNounLike()) {
                k--; // "officials briefed on the plans"
                continue;
            }
            break;
        }
        return k + 1;
    }

    /** Where the noun phrase starting at {@code from} ends (exclusive), not after {@code limit}. */
    static int nounPhraseEnd(AnalysedSentence s, int from, int limit) {
        int k = from;
        while (k < limit) {
            Token t = s.token(k);
            if (t.tag().equals("PRON") && k > from && !isPossessive(t)) {
                break;
            }
            if (t.tag().equals("DET") && k > from && s.token(k - 1).isNounLike()) {
                break; // "told reporters the plan …": a new noun phrase
            }
            if (isNounPhrasePart(t)) {
                k++;
                continue;
            }
            boolean joiner = JOINERS.contains(t.lower()) && k > from && k + 1 < limit
                    && isNounPhrasePart(s.token(k + 1)) && !s.token(k + 1).tag().equals("PRON")
                    && !t.lower().equals("to");
            if (joiner) {
                k++;
                continue;
            }
            break;
        }
        return k;
    }

    /** The source after an inverted verb: "said Jorge Mella, a drill operator who …". */
    static int[] after(AnalysedSentence s, int v, int limit) {
        int from = v + 1;
        int end = nounPhraseEnd(s, from, limit);
        if (end == from || end - from > MAX_CORE_TOKENS || !isSourceLike(s, from, end)) {
            return null;
        }
        if (end + 1 < limit && s.token(end).text().equals(",")) {
            int appositiveEnd = nounPhraseEnd(s, end + 1, limit);
            boolean closes = appositiveEnd >= limit || s.token(appositiveEnd).text().equals(",")
                    || RELATIVES.contains(s.token(appositiveEnd).lower()) || SentenceShape.isBoundary(s.token(appositiveEnd));
            if (appositiveEnd > end + 1 && closes && appositiveEnd - from <= MAX_SOURCE_TOKENS
                    && !s.token(end + 1).tag().equals("PRON")) {
                end = appositiveEnd;
            }
        }
        return new int[] {from, end};
    }

    /** Skips "Monday", "last week" at the front of a source phrase ("On Monday officials said"). */
    private static int skipLeadingTime(AnalysedSentence s, int from, int to) {
        int k = from;
        while (k < to && (CALENDAR.contains(s.token(k).lower()) || s.token(k).lower().equals("on"))) {
            k++;
        }
        return k;
    }

    static boolean isSourceLike(AnalysedSentence s, int from, int to) {
        if (from >= to || s.token(from).tag().equals("ADP") || s.token(from).tag().equals("CCONJ")) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            if (t.isNounLike() || t.tag().equals("ADJ") && i == to - 1) {
                return !(t.tag().equals("NUM") && to - from == 1 && !t.text().matches("\\d+%?"));
            }
        }
        return false;
    }

    private static boolean isNounPhrasePart(Token t) {
        if (isPossessive(t) || t.text().equals("-")) {
            return true;
        }
        return NP_TAGS.contains(t.tag()) && !t.tag().equals("PART");
    }

    private static boolean isPossessive(Token t) {
        String w = t.lower();
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("his") || w.equals("her")
                || w.equals("their") || w.equals("its") || w.equals("our") || w.equals("my");
    }

    private static boolean isParticiple(Token t) {
        String w = t.lower();
        return t.isVerb() && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en"));
    }
}
