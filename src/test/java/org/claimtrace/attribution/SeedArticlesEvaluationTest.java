package org.claimtrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Scores the detector against the hand-annotated gold of the two seed articles and the held-out article.
 * Rules are documented on {@link DetectionScore}. The held-out article was written and annotated before the
 * detector was first run on it; its floor is deliberately loose and its figures are printed as they are.
 */
class SeedArticlesEvaluationTest {

    private final CueDetector detector = SharedDetector.DETECTOR;

    @Test
    void seedArticlesReachTheTargetPrecisionAndRecall() {
        DetectionScore score = SeedScores.score(detector, true, "seed-gold.tsv", ArticleText.NYT_SEED,
                ArticleText.GZERO_SEED);
        System.out.println(score.report("Seed articles (NYT + GZERO)"));
        assertTrue(score.recall() >= 0.9, "recall " + score.recall());
        assertTrue(score.precision() >= 0.8, "precision " + score.precision());
        assertTrue(score.typeAccuracy() >= 0.8, "type accuracy " + score.typeAccuracy());
    }

    @Test
    void heldOutArticleClearsALooseFloor() {
        DetectionScore score = SeedScores.score(detector, true, "heldout-gold.tsv", ArticleText.HELD_OUT);
        System.out.println(score.report("Held-out article (copper mine)"));
        assertTrue(score.recall() >= 0.6, "recall " + score.recall());
        assertTrue(score.precision() >= 0.6, "precision " + score.precision());
    }

    @Test
    void everySuggestionQuotesTheTextAtItsOffsets() {
        for (String article : List.of(ArticleText.NYT_SEED, ArticleText.GZERO_SEED, ArticleText.HELD_OUT)) {
            String text = ArticleText.load(article);
            List<ClaimSuggestion> suggestions = detector.detect(text);
            int previousStart = -1;
            for (ClaimSuggestion s : suggestions) {
                assertEquals(text.substring(s.start(), s.end()), s.quote());
                assertTrue(s.start() >= previousStart, "sorted by start");
                previousStart = s.start();
                assertTrue(s.start() == 0 || !Character.isLetterOrDigit(text.charAt(s.start() - 1))
                        || !Character.isLetterOrDigit(text.charAt(s.start())), "no half word at start: " + s.quote());
                assertTrue(s.end() == text.length() || !Character.isLetterOrDigit(text.charAt(s.end()))
                        || !Character.isLetterOrDigit(text.charAt(s.end() - 1)), "no half word at end: " + s.quote());
                assertEquals(s.quote().strip(), s.quote());
                if (s.cueStart() >= 0) {
                    assertEquals(text.substring(s.cueStart(), s.cueEnd()), s.cue());
                }
            }
        }
    }
}
