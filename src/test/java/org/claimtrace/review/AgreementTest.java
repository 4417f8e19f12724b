package org.claimtrace.review;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Agreement coefficients against values computed by hand (the arithmetic is in the comments). */
class AgreementTest {

    private static final int VERDICTS = 7;

    private static Map<String, String> unit(String a, String b) {
        return Map.of("ann", a, "bob", b);
    }

    @Test
    void reviewersWhoAgreeOnEveryClaimScoreOneOnEveryCoefficient() {
        var units = List.of(unit("TRUE", "TRUE"), unit("FALSE", "FALSE"), unit("TRUE", "TRUE"), unit("FALSE", "FALSE"));
        var report = Agreement.of(units, VERDICTS);
        assertThat(report.pairs()).singleElement().satisfies(p -> assertThat(p.kappa().value()).isCloseTo(1.0, within(1e-9)));
        assertThat(report.alpha().value()).isCloseTo(1.0, within(1e-9));
        assertThat(report.ac1().value()).isCloseTo(1.0, within(1e-9));
        assertThat(report.alpha().claims()).isEqualTo(4);
        assertThat(report.alpha().leftOut()).isZero();
    }

    @Test
    void onSkewedVerdictsKappaIsLowWhileAc1StaysHigh() {
        // 10 claims: 8 both "ACCURATE", one ACCURATE/FALSE, one FALSE/ACCURATE. po = 0.8.
        var units = new ArrayList<Map<String, String>>();
        for (int i = 0; i < 8; i++) {
            units.add(unit("ACCURATE", "ACCURATE"));
        }
        units.add(unit("ACCURATE", "FALSE"));
        units.add(unit("FALSE", "ACCURATE"));
        var report = Agreement.of(units, VERDICTS);
        // kappa: pe = 0.9*0.9 + 0.1*0.1 = 0.82; (0.8 - 0.82) / 0.18 = -1/9
        assertThat(report.pairs().getFirst().kappa().value()).isCloseTo(-1.0 / 9, within(1e-9));
        // alpha: o_AA = 16, o_AF = o_FA = 2; n_A = 18, n_F = 2, n = 20; 1 - 19 * 4 / (2 * 18 * 2) = -1/18
        assertThat(report.alpha().value()).isCloseTo(-1.0 / 18, within(1e-9));
        // AC1: pa = 0.8; pi_A = 0.9, pi_F = 0.1; chance = (0.09 + 0.09) / (7 - 1) = 0.03; (0.8 - 0.03) / 0.97
        assertThat(report.ac1().value()).isCloseTo(0.77 / 0.97, within(1e-9));
        assertThat(report.ac1().value()).isGreaterThan(0.75);
        assertThat(report.pairs().getFirst().kappa().value()).isLessThan(0);
    }

    @Test
    void claimsJudgedByOneReviewerOnlyAreCountedAsLeftOutNeverDropped() {
        var units = List.of(
                Map.of("ann", "T", "bob", "T", "cay", "T"),
                Map.of("ann", "T", "bob", "F"),
                Map.of("ann", "F", "cay", "F"),
                Map.of("bob", "T"));
        var report = Agreement.of(units, VERDICTS);
        var byPair = report.pairs().stream().collect(java.util.stream.Collectors.toMap(p -> p.first() + "-" + p.second(), Agreement.PairKappa::kappa));
        // ann x bob: u1 (T,T), u2 (T,F): po 0.5, pe 1 * 0.5 = 0.5 -> 0; left out u3 (ann only), u4 (bob only)
        assertThat(byPair.get("ann-bob").value()).isCloseTo(0.0, within(1e-9));
        assertThat(byPair.get("ann-bob").claims()).isEqualTo(2);
        assertThat(byPair.get("ann-bob").leftOut()).isEqualTo(2);
        // ann x cay: u1 (T,T), u3 (F,F): po 1, pe 0.5 -> 1; left out u2
        assertThat(byPair.get("ann-cay").value()).isCloseTo(1.0, within(1e-9));
        assertThat(byPair.get("ann-cay").leftOut()).isEqualTo(1);
        // bob x cay: only u1, both T: pe = 1, undefined, said so
        assertThat(byPair.get("bob-cay").defined()).isFalse();
        assertThat(byPair.get("bob-cay").note()).contains("same verdict");
        assertThat(byPair.get("bob-cay").leftOut()).isEqualTo(3);
        // alpha: o_TT = 3 (u1: 6 pairs / 2), o_TF = o_FT = 1 (u2), o_FF = 2 (u3); n_T = 4, n_F = 3, n = 7;
        // 1 - 6 * 2 / (2 * 4 * 3) = 0.5
        assertThat(report.alpha().value()).isCloseTo(0.5, within(1e-9));
        assertThat(report.alpha().claims()).isEqualTo(3);
        assertThat(report.alpha().leftOut()).isEqualTo(1);
        // AC1: pa = (1 + 0 + 1) / 3; pi_T = (1 + .5 + 0) / 3 = .5 = pi_F; chance = .5 / 6 = 1/12; (2/3 - 1/12) / (11/12) = 7/11
        assertThat(report.ac1().value()).isCloseTo(7.0 / 11, within(1e-9));
        assertThat(report.ac1().leftOut()).isEqualTo(1);
    }

    @Test
    void withNoClaimJudgedTwiceNothingIsComputedAndTheReasonIsGiven() {
        var report = Agreement.of(List.of(Map.of("ann", "T"), Map.of("bob", "F")), VERDICTS);
        assertThat(report.alpha().defined()).isFalse();
        assertThat(report.alpha().leftOut()).isEqualTo(2);
        assertThat(report.ac1().defined()).isFalse();
        assertThat(report.pairs()).singleElement().satisfies(p -> {
            assertThat(p.kappa().defined()).isFalse();
            assertThat(p.kappa().leftOut()).isEqualTo(2);
        });
    }
}
