package org.claimtrace.anchoring;

import java.util.Optional;

/**
 * Looks for a reworded quote near where it used to be: an approximate-substring search (Sellers' edit-distance
 * dynamic programme, which lets the match start and end anywhere) in a window around the recorded position.
 * The window is what keeps a fuzzy match from wandering to similar words elsewhere in the article.
 */
final class FuzzyLocator {

    /**
     * The quote must keep most of its wording. Stricter than re-anchoring through a diff (0.5), because here no diff
     * says this is the same place (unrelated news sentences measured 0.17 to 0.31).
     */
    static final double MIN_QUOTE_SIMILARITY = 0.6;
    /** The surroundings must still mostly agree, so a look-alike phrase next door is not taken. */
    static final double MIN_CONTEXT_MEAN = 0.5;
    /** How far either side of the recorded span to look, at least. */
    private static final int MIN_WINDOW = 256;

    /** A candidate span and how alike its wording is to the quote. */
    record Match(int start, int end, double similarity) {
    }

    private FuzzyLocator() {
    }

    static Optional<Match> near(TextAnchor anchor, String text) {
        String quote = anchor.quote();
        int reach = Math.max(MIN_WINDOW, quote.length());
        int from = Math.clamp((long) anchor.start() - reach, 0, text.length());
        int to = Math.clamp((long) anchor.end() + reach, 0, text.length());
        if (from >= to) {
            return Optional.empty();
        }
        int maxDistance = (int) Math.floor(quote.length() * (1 - MIN_QUOTE_SIMILARITY));
        int m = quote.length();
        int[] cost = new int[m + 1];
        int[] origin = new int[m + 1];
        int[] nextCost = new int[m + 1];
        int[] nextOrigin = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            origin[i] = from;
        }
        // endCost[e - from]: distance of the best match ending at e; endStart: where that match starts.
        int[] endCost = new int[to - from + 1];
        int[] endStart = new int[to - from + 1];
        endCost[0] = m;
        endStart[0] = from;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            nextCost[0] = 0;
            nextOrigin[0] = j + 1;
            for (int i = 1; i <= m; i++) {
                int best = cost[i - 1] + (quote.charAt(i - 1) == c ? 0 : 1);
                int bestOrigin = origin[i - 1];
                if (nextCost[i - 1] + 1 < best) {
                    best = nextCost[i - 1] + 1;
                    bestOrigin = nextOrigin[i - 1];
                }
                if (cost[i] + 1 < best) {
                    best = cost[i] + 1;
                    bestOrigin = origin[i];
                }
                nextCost[i] = best;
                nextOrigin[i] = bestOrigin;
            }
            int[] swap = cost;
            cost = nextCost;
            nextCost = swap;
            swap = origin;
            origin = nextOrigin;
            nextOrigin = swap;
            endCost[j + 1 - from] = cost[m];
            endStart[j + 1 - from] = origin[m];
        }
        return bestCandidate(anchor, text, from, endCost, endStart, maxDistance);
    }

    private static Optional<Match> bestCandidate(TextAnchor anchor, String text, int from,
                                                 int[] endCost, int[] endStart, int maxDistance) {
        Match best = null;
        double bestScore = -1;
        int reach = Math.max(MIN_WINDOW, anchor.length());
        for (int k = 1; k < endCost.length; k++) {
            boolean localMinimum = endCost[k] <= endCost[k - 1] && (k + 1 == endCost.length || endCost[k] <= endCost[k + 1]);
            if (endCost[k] > maxDistance || !localMinimum) {
                continue;
            }
            int start = wholeCodePointStart(text, endStart[k]);
            int end = wholeCodePointEnd(text, k + from);
            if (start >= end) {
                continue;
            }
            double similarity = WordingSimilarity.atLeast(anchor.quote(), text.substring(start, end), MIN_QUOTE_SIMILARITY);
            ContextScore context = ContextScore.around(anchor, text, start, end);
            if (similarity < MIN_QUOTE_SIMILARITY || context.mean() < MIN_CONTEXT_MEAN) {
                continue;
            }
            double proximity = 1 - Math.min(1.0, Math.abs(start - anchor.start()) / (double) reach);
            double score = 0.6 * similarity + 0.3 * context.mean() + 0.1 * proximity;
            if (score > bestScore) {
                bestScore = score;
                best = new Match(start, end, similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    private static int wholeCodePointStart(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }

    private static int wholeCodePointEnd(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at + 1 : at;
    }
}
