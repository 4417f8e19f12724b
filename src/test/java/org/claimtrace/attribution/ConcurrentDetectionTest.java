package org.claimtrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** One shared detector must give the same answer when several requests use it at once. */
class ConcurrentDetectionTest {

    @Test
    void sharedDetectorGivesTheSameSuggestionsUnderConcurrentUse() throws Exception {
        CueDetector detector = SharedDetector.DETECTOR;
        String nyt = ArticleText.load(ArticleText.NYT_SEED);
        String gzero = ArticleText.load(ArticleText.GZERO_SEED);
        List<ClaimSuggestion> expectedNyt = detector.detect(nyt);
        List<ClaimSuggestion> expectedGzero = detector.detect(gzero);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<ClaimSuggestion>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String text = i % 2 == 0 ? nyt : gzero;
                runs.add(pool.submit(() -> detector.detect(text)));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertEquals(i % 2 == 0 ? expectedNyt : expectedGzero, runs.get(i).get());
            }
        }
    }
}
