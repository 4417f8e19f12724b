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
    private static final Set<String> JOINERS = Set.of("of", "for", "at", "from", "in", "on", "and", "&", "with", "by",
            "to");
    private static final Set<String> PROGRESSIVE_AUX = Set.of("is", "are", "was", "were", "been", "be", "'s", "’s",
            "'re", "’re");
    /** Words that stand for a source on their own, though not nouns. */
    private static final Set<String> STANDALONE = Set.of("another", "others", "some", "many", "most", "few",
            "both", "several", "all", "one");
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
        boolean progressive = v < s.size() && s.token(v).lower().endsWith("ing");
        int j = v - 1;
        while (j >= 0 && (BEFORE_VERB.contains(s.token(j).lower()) || s.token(j).tag().equals("ADV")
                && !s.token(j).lower().equals("not") && s.token(j).lower().endsWith("ly")
                || progressive && PROGRESSIVE_AUX.contains(s.token(j).lower()))) {
            j--; // "Trump has also said", "Sanders is touting"
        }
        return j;
    }

    /** The source before the verb at {@code v}: {@code [from, to)}, or null. */
    static int[] before(AnalysedSentence s, int v, int floor) {
        int j = subjectEnd(s, v);
        if (j < floor) {
            return null;
        }
        int parenthesis = j;
        if (s.token(j).text().equals(")")) {
            // "Harry M. Reid (D-Nev.) told", "Sen. Elizabeth Warren (D-MA) said": the party and state are part of it
            int open = j - 1;
            while (open > floor && !s.token(open).text().equals("(") && j - open < 6) {
                open--;
            }
            if (open <= floor || !s.token(open).text().equals("(")) {
                return null;
            }
            j = open - 1;
        }
        if (s.token(j).text().equals(",")) {
            int[] chain = appositiveChain(s, j, floor);
            if (chain == null) {
                chain = relativeAcrossCommas(s, j, floor);
            }
            return chain == null ? null : new int[] {chain[0], Math.max(chain[1], parenthesis + (parenthesis > j ? 1 : 0))};
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
        return new int[] {from, parenthesis > j ? parenthesis + 1 : j + 1};
    }

    /**
     * The whole stretch from the start of the clause to a verb of saying, for when the walk over noun-phrase tags
     * gives up on a tagger slip: "Rep. Anna Berg of Ohio, an ally/ADV of the mayor, said". Accepted only when the
     * stretch opens like a noun phrase, names someone (a noun, name or pronoun) and holds no verb, subordinator
     * or quotation mark; a comma before the verb must close an appositive ("X, a …, said"), since "Big trouble
     * ahead, said the mayor" puts the source after the verb.
     */
    static int[] wholeSubject(AnalysedSentence s, int v, int floor) {
        int j = subjectEnd(s, v);
        int from = floor;
        while (from <= j && (s.token(from).text().equals(",") || s.token(from).tag().equals("CCONJ"))) {
            from++;
        }
        if (from > j || j + 1 - from > MAX_SOURCE_TOKENS || !NP_TAGS.contains(s.token(from).tag())) {
            return null;
        }
        int commas = 0;
        boolean names = false;
        for (int k = from; k <= j; k++) {
            Token t = s.token(k);
            if (t.isVerb() || t.tag().equals("SCONJ") || SentenceShape.isBoundary(t) && !t.text().equals(",")) {
                return null;
            }
            commas += t.text().equals(",") ? 1 : 0;
            names |= t.isNounLike();
        }
        boolean trailingComma = s.token(j).text().equals(",");
        if (!names || trailingComma && commas < 2) {
            return null;
        }
        return new int[] {from, trailingComma ? j : j + 1};
    }

    /**
     * "some voters who have listened to his speeches over the decades, on television or at campaign events,
     * said": a relative clause whose own commas hide it from the appositive chain.
     */
    private static int[] relativeAcrossCommas(AnalysedSentence s, int comma, int floor) {
        for (int i = comma - 1; i > floor && comma - i < MAX_SOURCE_TOKENS; i--) {
            Token t = s.token(i);
            if (SentenceShape.isBoundary(t) && !t.text().equals(",")) {
                return null;
            }
            if (RELATIVES.contains(t.lower()) && s.token(i - 1).isNounLike() && !s.token(i - 1).tag().equals("PRON")) {
                int core = nounPhraseStart(s, i - 1, floor);
                boolean opensClause = core == floor || SentenceShape.isBoundary(s.token(core - 1))
                        || Set.of("CCONJ", "SCONJ").contains(s.token(core - 1).tag());
                return opensClause && isSourceLike(s, core, i) ? new int[] {core, comma} : null;
            }
        }
        return null;
    }

    /**
     * "Michael Bloomberg, who is thinking about running, said" / "Clinton, 35, the daughter of …, said": walks
     * back over comma-separated appositives and relative clauses to the name they describe. The segment just
     * before the verb must itself be such a description: in "The race will be tight, said X" or "…, the polls
     * said" there is no chain.
     */
    private static int[] appositiveChain(AnalysedSentence s, int comma, int floor) {
        int end = comma; // exclusive end of the source: the comma before the verb is left out
        int segmentEnd = comma - 1;
        int head = -1;
        boolean first = true;
        while (segmentEnd >= floor) {
            int segmentStart = Math.max(SentenceShape.segmentStart(s, segmentEnd), floor);
            Token opener = s.token(segmentStart);
            boolean relative = RELATIVES.contains(opener.lower()) || opener.lower().equals("which");
            int np = nounPhraseStart(s, segmentEnd, segmentStart);
            boolean wholeNounPhrase = np == segmentStart && segmentEnd - segmentStart < MAX_CORE_TOKENS
                    && !opener.tag().equals("ADP");
            // ", for instance,", ", after the scandal broke in March,", ", writing in The New York Times,"
            boolean aside = !relative && !wholeNounPhrase && segmentEnd - segmentStart < 20
                    && (Set.of("ADP", "ADV", "SCONJ").contains(opener.tag())
                        || opener.isVerb() && opener.lower().endsWith("ing"));
            if (!relative && !wholeNounPhrase && !aside) {
                boolean afterConjunction = np > segmentStart && np <= segmentEnd
                        && Set.of("CCONJ", "SCONJ").contains(s.token(np - 1).tag());
                if (head < 0 && !first && afterConjunction && isSourceLike(s, np, segmentEnd + 1)) {
                    head = np; // "…, and Barkley, a fan, said": the name ends a longer segment
                }
                break;
            }
            first = false;
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
            // "records filed on Monday", "a survey taken in March": a participle's own phrase, back to its noun
            boolean participlePhrase = JOINERS.contains(t.lower()) && k - 2 >= floor && k < end
                    && isParticiple(s.token(k - 1)) && !s.token(k - 1).lower().endsWith("ing")
                    && s.token(k - 2).isNounLike() && !s.token(k - 2).tag().equals("PRON");
            if (joiner || participlePhrase) {
                k--;
                continue;
            }
            if (isParticiple(t) && k < end && k - 1 >= floor && s.token(k - 1).isNounLike()) {
                k--; // "officials briefed on the plans"
                continue;
            }
            boolean compound = t.isVerb() && k < end && s.token(k + 1).isNounLike() && k - 1 >= floor
                    && Set.of("ADJ", "NOUN", "PROPN", "DET").contains(s.token(k - 1).tag());
            boolean mistaggedFirst = k == end && k == floor && t.isVerb() && Character.isUpperCase(t.text().charAt(0));
            // "A Quinnipiac University poll/VERB found": the word right before the cue heads the source
            boolean mistaggedHead = k == end && t.tag().equals("VERB") && k - 1 >= floor
                    && Set.of("PROPN", "NOUN", "ADJ", "DET").contains(s.token(k - 1).tag()) && !isParticiple(t);
            if (compound || mistaggedFirst || mistaggedHead) {
                k--; // "the think tank Third Way"; "Friends/VERB say …" at the start of a sentence
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
            // "a source involved in the PAC's creation", "officials familiar with …"
            boolean describing = isParticiple(t) && k > from && s.token(k - 1).isNounLike() && k + 1 < limit
                    && s.token(k + 1).tag().equals("ADP");
            if (joiner || describing) {
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
        if (end < limit && !SentenceShape.isBoundary(s.token(end)) && !Set.of("who", "whose", "which", "in", "on",
                "at", "during", "after", "before", "of", "from", "to", "as", "while", "when").contains(s.token(end).lower())
                && !s.token(end).tag().equals("ADV") && !s.token(end).tag().equals("PROPN")) {
            return null; // "…, said he had less magnetism": "he" is the subject of what was said
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
        while (k < to && (CALENDAR.contains(s.token(k).lower()) || s.token(k).tag().equals("ADP"))) {
            k++;
        }
        return k;
    }

    static boolean isSourceLike(AnalysedSentence s, int from, int to) {
        if (from >= to || s.token(from).tag().equals("ADP") || s.token(from).tag().equals("CCONJ")) {
            return false;
        }
        if (to - from == 1 && STANDALONE.contains(s.token(from).lower())) {
            return true; // "while one company says …, another says …"
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
        if (isPossessive(t) || t.text().equals("-") || t.text().equals("%")) {
            return true; // "47% say …"
        }
        return NP_TAGS.contains(t.tag()) && !t.tag().equals("PART");
    }

    private static boolean isPossessive(Token t) {
        String w = t.lower();
        return w.endsWith("'s") || w.endsWith("’s") || w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("his") || w.equals("her")
                || w.equals("their") || w.equals("its") || w.equals("our") || w.equals("my");
    }

    private static boolean isParticiple(Token t) {
        String w = t.lower();
        return t.isVerb() && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en"));
    }
}
