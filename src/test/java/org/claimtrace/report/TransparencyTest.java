package org.claimtrace.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransparencyTest {

    @Test
    void fourNamedSourcesNoAnonymityAndEverythingAttributedScoresAHundred() {
        assertThat(Transparency.of(4, 0, 0, 0, 10).score()).isEqualTo(100);
        assertThat(Transparency.of(7, 0, 0, 0, 10).score()).isEqualTo(100);
    }

    @Test
    void eachPartCountsAsDocumented() {
        // 2 named: 30; 1 of 4 anonymous described: 5; 8 of 10 attributed: 16
        var transparency = Transparency.of(2, 4, 1, 2, 10);

        assertThat(transparency.score()).isEqualTo(51);
        assertThat(transparency.explanation()).contains("30 of 60", "1 of 4 anonymous sources described", "8 of 10 claims attributed");
    }

    @Test
    void anArticleWithoutClaimsHasNoScore() {
        assertThat(Transparency.of(0, 0, 0, 0, 0).score()).isNull();
    }
}
