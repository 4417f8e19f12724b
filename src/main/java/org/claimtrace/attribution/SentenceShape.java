package org.claimtrace.attribution;

import java.util.Set;

/** Questions about the shape of an analysed sentence: where its content ends, what stands between two tokens. */
final class SentenceShape {

    static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "“", "”", "\"", "(", ")", "—", "–", "―", "--",
            "''", "‘", "’", "[", "]");
    /** Words that may open a time, place or manner phrase after "said": "said on Monday", "said in Kyiv". */
    static final Set<String> ADJUNCT_OPENERS = Set.of("on", "in", "at", "after", "before", "during", "last",
            "this", "earlier", "later", "to", "from", "by", "with", "yesterday", "today", "tonight", "afterward",
            "repeatedly", "publicly", "privately", "recently", "again", "late", "early", "while", "when", "as");
    static final int MAX_APPOSITIVE_TOKENS = 8;
    /** Words that open a new clause: "…, but …", "while …". */
    static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "while", "as", "though", "although",
            "because", "so", "yet", "when", "after", "since", "whereas", "or", "still", "instead", "meanwhile");
    /** Verbs whose first object is the listener, not the content: "told reporters that …". */
    static final Set<String> LISTENER_VERBS = Set.of("told", "tell", "tells", "telling", "asked", "ask",
            "asks", "urged", "urges", "warned", "warns", "reminded", "reminds", "assured", "assures", "informed",
            "informs", "promised", "promises", "advised", "advises", "convinced");
    /** Words opening a clause of time, reason or condition: "after this story was published". */
    static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "as", "because",
            "since", "until", "though", "although", "if", "once", "whenever");
    static final Set<String> RELATIVE_WORDS = Set.of("who", "whose", "whom", "which");
    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "night",
            "week", "weekend", "month", "year", "earlier", "later", "last", "this", "recently", "again", "repeatedly",
            "publicly", "privately", "late", "early", "afterward", "afterwards", "too", "also", "ago", "previously",
            "then", "now", "once", "twice", "separately", "directly", "flatly");

    private SentenceShape() {
    }

    /** Index one past the last token that is not sentence-final punctuation. */
    static int lastContentToken(AnalysedSentence s) {
        int n = s.size();
        while (n > 0 && Set.of(".", "!", "?", "”", "\"", ")").contains(s.token(n - 1).text())
                && !(s.token(n - 1).text().equals("”") && hasOpeningQuote(s, n - 1))) {
            n--;
        }
        return n;
    }

    static boolean hasOpeningQuote(AnalysedSentence s, int before) {
        for (int i = 0; i < before; i++) {
            if (s.token(i).text().equals("“")) {
                return true;
            }
        }
        return false;
    }

    static int indexOfToken(AnalysedSentence s, int charStart) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).start() == charStart) {
                return i;
            }
        }
        return -1;
    }

    static boolean isBoundary(Token t) {
        return BOUNDARIES.contains(t.text());
    }

    static int endOfContent(AnalysedSentence s, int limit) {
        return limit > 0 ? s.token(limit - 1).end() : s.end();
    }

    /** True when tokens from {@code comma} to {@code limit} are a short appositive: ", a spokesman for X". */
    static boolean onlyAppositiveFollows(AnalysedSentence s, int comma, int limit) {
        if (!s.token(comma).text().equals(",") || limit - comma - 1 > MAX_APPOSITIVE_TOKENS) {
            return false;
        }
        for (int i = comma + 1; i < limit; i++) {
            if (s.token(i).isVerb() || isBoundary(s.token(i))) {
                return false;
            }
        }
        return true;
    }

    static int segmentStart(AnalysedSentence s, int to) {
        int k = to;
        while (k >= 0 && !isBoundary(s.token(k))) {
            k--;
        }
        return k + 1;
    }

    static boolean boundaryBefore(AnalysedSentence s, int from) {
        return from > 0 && isBoundary(s.token(from - 1));
    }

    /** After the verb only time, place or manner follows: "said on Monday", "told reporters", "said in …". */
    static boolean isAdjunctOnly(AnalysedSentence s, int v, int after, int limit) {
        Token first = s.token(after);
        boolean told = s.token(v).lower().startsWith("tol");
        if (!first.tag().equals("ADP") && !told && !ADJUNCT_OPENERS.contains(first.lower())) {
            return false;
        }
        for (int i = after; i < limit; i++) {
            if (s.token(i).lower().equals("that") || s.token(i).text().equals("“")) {
                return false;
            }
        }
        return limit - after <= 10;
    }

    static boolean hasFiniteVerb(AnalysedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            if (!t.isVerb()) {
                continue;
            }
            String w = t.lower();
            boolean participle = w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en");
            boolean afterNoun = i > from && s.token(i - 1).isNounLike();
            boolean beforeNoun = i + 1 < to && s.token(i + 1).isNounLike();
            // "officials briefed on …", "allied officials", "the ruling party" are descriptions, not clauses
            if (participle && (afterNoun || beforeNoun)) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * No verb and no quotation from {@code from} to {@code to}: the rest of a place or time after a comma
     * ("“…,” Lopez told a crowd in Dayton, Ohio on Tuesday night"), not content resumed around the cue.
     */
    static boolean verbless(AnalysedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).isVerb() || isQuoteOpening(s, i)) {
                return false;
            }
        }
        return true;
    }

    /** A subject and its verb within a few words: "he appears", "the campaign has said". */
    static boolean startsClause(AnalysedSentence s, int from, int to) {
        return startsClause(s, from, to, false);
    }

    /** As above; with {@code afterThat}, content that followed "that" counts as a clause too. */
    static boolean startsClause(AnalysedSentence s, int from, int to, boolean afterThat) {
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

    /** Where the content after a verb starts: past "that", a colon or comma, and time or place phrases. */
    static int contentStart(AnalysedSentence s, int after, int limit) {
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

    static boolean onlyTimeWords(AnalysedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            if (!TIME_WORDS.contains(t.lower()) && !isWeekday(t) && !Set.of("on", "in", "at").contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    static boolean isWeekday(Token t) {
        return TIME_WORDS.contains(t.lower()) || t.lower().matches("(?:mon|tues|wednes|thurs|fri|satur|sun)day");
    }

    /**
     * What follows the verb says only when, where or to whom: "told CNN’s Jake Tapper", "said of the move during
     * an interview on Fox News Tuesday night" — no verb of its own outside quotes, no "that".
     */
    static boolean onlyAdjunctsFrom(AnalysedSentence s, int from, int limit) {
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
    static int nextComma(AnalysedSentence s, int from, int limit) {
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
    static int adjunctsThenComma(AnalysedSentence s, int from, int limit) {
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
    static boolean isAside(AnalysedSentence s, int i) {
        Token t = s.token(i);
        boolean participle = t.isVerb() && t.lower().endsWith("ing");
        return participle || SUBORDINATORS.contains(t.lower()) && !t.lower().equals("as")
                || t.lower().equals("as") && i + 1 < s.size() && !s.token(i + 1).tag().equals("ADJ");
    }

    /** "… she said in a statement after this story was published": a clause of time or reason, not content. */
    static boolean isAdjunctClause(AnalysedSentence s, int from, int limit) {
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
    static int listenerOfAnyLength(AnalysedSentence s, int after, int limit) {
        if (after < limit && s.token(after).tag().equals("PRON")) {
            return after + 1;
        }
        return SourcePhrases.nounPhraseEnd(s, after, limit);
    }

    /** "told reporters", "told CNN’s Jake Tapper", "asked him": the listener is neither source nor content. */
    static int skipListener(AnalysedSentence s, int after, int limit) {
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

    static boolean isClosingQuote(Token t) {
        return Set.of("”", "\"", "''", "’").contains(t.text());
    }

    static boolean isQuoteOpening(AnalysedSentence s, int i) {
        return i < s.size() && Set.of("“", "\"", "''", "‘").contains(s.token(i).text());
    }
}
