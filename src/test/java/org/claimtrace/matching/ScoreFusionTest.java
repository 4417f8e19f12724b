package org.claimtrace.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScoreFusionTest {

    static List<IndexHit> ranked(String... ids) {
        var hits = new java.util.ArrayList<IndexHit>();
        for (int i = 0; i < ids.length; i++) {
            hits.add(new IndexHit(i, ids[i], 100f - i, i + 1));
        }
        return hits;
    }

    @Test
    void claimFoundByBothRetrieversBeatsOneFirstInOnlyOne() {
        var fused = ScoreFusion.reciprocalRank().fuse(List.of(ranked("a", "b", "c"), ranked("d", "b", "e")));
        assertTrue(fused.get("b") > fused.get("a"));
        assertTrue(fused.get("b") > fused.get("d"));
    }

    @Test
    void scoreIsTheSumOfReciprocalRanks() {
        var fused = new ScoreFusion(60).fuse(List.of(ranked("a", "b"), ranked("b")));
        assertEquals(1.0 / 61, fused.get("a"), 1e-12);
        assertEquals(1.0 / 62 + 1.0 / 61, fused.get("b"), 1e-12);
    }

    @Test
    void rawScoresDoNotMatterOnlyRanks() {
        var hits = List.of(new IndexHit(0, "x", 0.01f, 1), new IndexHit(1, "y", 1000f, 2));
        var fused = ScoreFusion.reciprocalRank().fuse(List.of(hits));
        assertTrue(fused.get("x") > fused.get("y"));
    }

    @Test
    void smallerConstantRewardsTopRanksMore() {
        double gapSmallK = new ScoreFusion(1).contribution(1) - new ScoreFusion(1).contribution(2);
        double gapLargeK = new ScoreFusion(60).contribution(1) - new ScoreFusion(60).contribution(2);
        assertTrue(gapSmallK > gapLargeK);
    }

    @Test
    void emptyListsFuseToNothingAndNegativeConstantIsRefused() {
        assertTrue(ScoreFusion.reciprocalRank().fuse(List.of(List.of(), List.of())).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new ScoreFusion(-1));
    }
}
