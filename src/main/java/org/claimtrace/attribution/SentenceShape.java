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
}
