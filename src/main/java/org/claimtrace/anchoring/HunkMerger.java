package org.claimtrace.anchoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds short unchanged stretches between changes into one change, like diff-match-patch's semantic clean-up.
 * A minimal diff of "said" against "told reporters" keeps the shared "d"; of a rewritten sentence, a few shared
 * "the " and spaces. Those are coincidences, not text that survived, and a span boundary resting on one must not
 * look untouched. A stretch is folded when it is no longer than the changes on both sides; repeated until stable,
 * because each fold makes its neighbours heavier. Long stretches are never folded: they are real surviving text
 * (a paragraph that stayed while its neighbours moved round it), and spans in them must keep mapping directly.
 */
final class HunkMerger {

    /** Coincidental matches are a few short words at most; kept below the 32-character anchor context. */
    static final int MAX_FOLDED = 24;

    private HunkMerger() {
    }

    static List<Hunk> merge(List<Hunk> hunks) {
        List<Hunk> current = hunks;
        while (true) {
            List<Hunk> merged = mergeOnce(current);
            if (merged.size() == current.size()) {
                return merged;
            }
            current = merged;
        }
    }

    private static List<Hunk> mergeOnce(List<Hunk> hunks) {
        List<Hunk> merged = new ArrayList<>(hunks.size());
        for (Hunk next : hunks) {
            if (!merged.isEmpty()) {
                Hunk last = merged.getLast();
                int gap = next.oldStart() - last.oldEnd();
                if (gap <= MAX_FOLDED && gap <= Math.min(last.weight(), next.weight())) {
                    merged.set(merged.size() - 1, last.through(next));
                    continue;
                }
            }
            merged.add(next);
        }
        return merged;
    }
}
