package org.claimtrace.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * The detector scored against the hand annotation of the two seed articles and of the held-out copper-mine
 * article; shared by {@link SeedArticlesEvaluationTest} and the PolNeAR benchmark, which prints both so a gain
 * on one never hides a loss on the other.
 */
final class SeedScores {

    private SeedScores() {
    }

    static DetectionScore seeds(CueDetector detector) {
        return score(detector, false, "seed-gold.tsv", ArticleText.NYT_SEED, ArticleText.GZERO_SEED);
    }

    static DetectionScore heldOut(CueDetector detector) {
        return score(detector, false, "heldout-gold.tsv", ArticleText.HELD_OUT);
    }

    /** As {@link #seeds} or {@link #heldOut}, printing every suggestion on the way. */
    static DetectionScore score(CueDetector detector, boolean print, String goldFile, String... articles) {
        List<GoldClaim> gold = GoldClaim.load(goldFile);
        List<DetectionScore> parts = new ArrayList<>();
        for (String article : articles) {
            String text = ArticleText.load(article);
            long t0 = System.nanoTime();
            List<ClaimSuggestion> suggestions = detector.detect(text, ArticleText.outletOf(article));
            if (print) {
                System.out.printf("%s: %d suggestions in %.1f ms%n", article, suggestions.size(),
                        (System.nanoTime() - t0) / 1e6);
                suggestions.forEach(s -> System.out.printf("  %-19s %-9s %.2f [%s] <%s> %s%n", s.type(), s.stance(),
                        s.score(), s.cue(), s.sourceAsWritten(), s.quote()));
            }
            parts.add(DetectionScore.of(gold.stream().filter(g -> g.article().equals(article)).toList(), suggestions));
        }
        return DetectionScore.combine(parts);
    }
}
