package org.claimtrace.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedWordsTest {

    @Test
    void onlyWordsPresentInBothQuotesAreSharedAndTheyAreFoundInBoth() {
        var ours = "Kim reportedly plans to travel to Russia this month";
        var theirs = "Mr. Kim plans to travel to Russia by armored train, officials said";
        var shared = SharedWords.between(ours, theirs);
        assertThat(shared.words()).containsExactly("Kim", "plans", "travel", "Russia");
        assertThat(shared.inFirst()).extracting(r -> ours.substring(r.start(), r.end())).containsExactly("Kim", "plans", "travel", "Russia");
        assertThat(shared.inSecond()).extracting(r -> theirs.substring(r.start(), r.end())).containsExactly("Kim", "plans", "travel", "Russia");
        assertThat(shared.containment()).isGreaterThan(0.5);
    }

    @Test
    void wordsAreComparedByStemSoPluralsAndTensesMatch() {
        var shared = SharedWords.between("Shells were released", "He releases the shell");
        assertThat(shared.words()).containsExactly("Shells", "released");
    }

    @Test
    void quotesWithNothingInCommonShareNothing() {
        var shared = SharedWords.between("The dam failed", "Talks resume next week");
        assertThat(shared.words()).isEmpty();
        assertThat(shared.containment()).isZero();
    }
}
