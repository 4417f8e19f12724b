package org.claimtrace.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

class CharacterDiffTest {

    @Test
    void rewordingBecomesOneHunkWithoutCoincidentalLetterMatches() {
        List<Hunk> hunks = CharacterDiff.between("the officials said, adding", "the officials told reporters, adding");
        assertEquals(List.of(new Hunk(14, 18, 14, 28)), hunks);
    }

    @Test
    void rewriteBeyondTheEditBudgetCountsAsOneReplacedRegion() {
        String old = "Intro. " + words(new Random(1), 6_000) + " Outro.";
        String rewritten = "Intro. " + words(new Random(2), 6_000) + " Outro.";
        List<Hunk> hunks = CharacterDiff.between(old, rewritten);
        assertEquals(1, hunks.size());
        assertEquals(7, hunks.getFirst().oldStart());
        // The space before "Outro." belongs to the last changed word token (tokens carry their trailing whitespace).
        assertEquals(old.length() - "Outro.".length(), hunks.getFirst().oldEnd());
    }

    /** Distinct random "words", so two such texts share almost no tokens. */
    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(Integer.toString(random.nextInt(1 << 20), 36)).append(' ');
        }
        return text.toString().strip();
    }
}
