package org.claimtrace.anchoring;

import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * Finds the exact quote away from its recorded position, for a passage that moved. Every occurrence is a
 * candidate, but only one whose surroundings match the stored prefix and suffix ({@link ContextScore#convincing()})
 * is accepted: the same words said elsewhere ("officials said") must not capture the annotation. Among convincing
 * occurrences the best context wins, then the one nearest the recorded position.
 */
final class ExactQuoteSearch {

    /** Very common quotes ("the") are not worth scanning further: their context decides within the first ones. */
    private static final int MAX_OCCURRENCES = 2_000;

    private ExactQuoteSearch() {
    }

    /** The start of the best convincing occurrence among those {@code allowed}, if any. */
    static OptionalInt find(TextAnchor anchor, String text, IntPredicate allowed) {
        String quote = anchor.quote();
        int best = -1;
        double bestContext = -1;
        int seen = 0;
        for (int at = text.indexOf(quote); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(quote, at + 1), seen++) {
            if (!allowed.test(at)) {
                continue;
            }
            ContextScore context = ContextScore.around(anchor, text, at, at + quote.length());
            if (!context.convincing()) {
                continue;
            }
            double mean = context.mean();
            if (mean > bestContext
                    || (mean == bestContext && Math.abs(at - anchor.start()) < Math.abs(best - anchor.start()))) {
                best = at;
                bestContext = mean;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** How often {@code quote} occurs in {@code text}, counting up to {@code limit}. */
    static int count(String quote, String text, int limit) {
        int count = 0;
        for (int at = text.indexOf(quote); at >= 0 && count < limit; at = text.indexOf(quote, at + 1)) {
            count++;
        }
        return count;
    }
}
