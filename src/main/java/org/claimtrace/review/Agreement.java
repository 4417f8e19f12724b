package org.claimtrace.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inter-reviewer agreement over nominal labels (verdicts): Cohen's kappa for each pair of reviewers,
 * Krippendorff's alpha over all reviewers, and Gwet's AC1 (which, unlike kappa, does not collapse when nearly
 * every claim gets the same verdict). Each coefficient says how many claims it rests on and how many were left
 * out because only one reviewer judged them; none is ever silently computed on fewer claims. Pure arithmetic.
 *
 * <p>A unit is one claim: reviewer to label. Alpha and AC1 use the units with at least two labels; a pair's kappa
 * uses the units both of its reviewers labelled. AC1 counts chance over {@code categories} possible labels (the
 * verdict list), as Gwet defines it; its multi-rater form is used, which for two reviewers is the two-rater one.
 */
public final class Agreement {

    /** A coefficient, or none (with the reason) when the data cannot give one. */
    public record Coefficient(String name, Double value, int claims, int leftOut, String note) {
        public boolean defined() {
            return value != null;
        }
    }

    public record PairKappa(String first, String second, Coefficient kappa) {
    }

    public record Report(List<PairKappa> pairs, Coefficient alpha, Coefficient ac1) {
    }

    private Agreement() {
    }

    public static Report of(List<Map<String, String>> units, int categories) {
        var reviewers = new TreeSet<String>();
        units.forEach(u -> reviewers.addAll(u.keySet()));
        var list = new ArrayList<>(reviewers);
        var pairs = new ArrayList<PairKappa>();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                var kappa = cohensKappa(units, list.get(i), list.get(j));
                if (kappa.claims() + kappa.leftOut() > 0) {
                    pairs.add(new PairKappa(list.get(i), list.get(j), kappa));
                }
            }
        }
        return new Report(pairs, krippendorffAlpha(units), gwetAc1(units, categories));
    }

    /** Cohen's kappa of two reviewers on the claims both labelled: (po - pe) / (1 - pe). */
    public static Coefficient cohensKappa(List<Map<String, String>> units, String a, String b) {
        int n = 0;
        int leftOut = 0;
        int agree = 0;
        var countA = new HashMap<String, Integer>();
        var countB = new HashMap<String, Integer>();
        for (var unit : units) {
            var la = unit.get(a);
            var lb = unit.get(b);
            if (la != null && lb != null) {
                n++;
                if (la.equals(lb)) {
                    agree++;
                }
                countA.merge(la, 1, Integer::sum);
                countB.merge(lb, 1, Integer::sum);
            } else if (la != null || lb != null) {
                leftOut++;
            }
        }
        var name = "Cohen's \u03ba";
        if (n == 0) {
            return new Coefficient(name, null, 0, leftOut, "no claim judged by both");
        }
        double po = (double) agree / n;
        double pe = 0;
        for (var label : countA.keySet()) {
            pe += (countA.get(label) / (double) n) * (countB.getOrDefault(label, 0) / (double) n);
        }
        if (pe >= 1) {
            return new Coefficient(name, null, n, leftOut, "undefined: both gave one and the same verdict to every claim");
        }
        return new Coefficient(name, (po - pe) / (1 - pe), n, leftOut, null);
    }

    /**
     * Krippendorff's alpha, nominal: 1 - (n - 1) * D_o / D_e from the coincidence matrix of the pairable values
     * (claims with at least two labels).
     */
    public static Coefficient krippendorffAlpha(List<Map<String, String>> units) {
        var name = "Krippendorff's \u03b1";
        var coincidences = new HashMap<String, Map<String, Double>>();
        int claims = 0;
        int leftOut = 0;
        for (var unit : units) {
            int m = unit.size();
            if (m < 2) {
                leftOut += m;
                continue;
            }
            claims++;
            var labels = new ArrayList<>(unit.values());
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        coincidences.computeIfAbsent(labels.get(i), k -> new HashMap<>())
                                .merge(labels.get(j), 1.0 / (m - 1), Double::sum);
                    }
                }
            }
        }
        if (claims == 0) {
            return new Coefficient(name, null, 0, leftOut, "no claim judged by two reviewers");
        }
        var totals = new HashMap<String, Double>();
        double n = 0;
        double observed = 0;
        for (var row : coincidences.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                totals.merge(row.getKey(), cell.getValue(), Double::sum);
                n += cell.getValue();
                if (!row.getKey().equals(cell.getKey())) {
                    observed += cell.getValue();
                }
            }
        }
        double expected = 0;
        for (var c : totals.entrySet()) {
            for (var k : totals.entrySet()) {
                if (!c.getKey().equals(k.getKey())) {
                    expected += c.getValue() * k.getValue();
                }
            }
        }
        if (expected == 0) {
            return new Coefficient(name, null, claims, leftOut, "undefined: every verdict was the same");
        }
        return new Coefficient(name, 1 - (n - 1) * observed / expected, claims, leftOut, null);
    }

    /**
     * Gwet's AC1, multi-rater: pa is the share of agreeing ordered pairs within each claim, averaged; chance is
     * sum(pi_k (1 - pi_k)) / (q - 1), pi_k the average share of label k within a claim.
     */
    public static Coefficient gwetAc1(List<Map<String, String>> units, int categories) {
        var name = "Gwet's AC1";
        int claims = 0;
        int leftOut = 0;
        double pa = 0;
        var pi = new HashMap<String, Double>();
        for (var unit : units) {
            int r = unit.size();
            if (r < 2) {
                leftOut += r;
                continue;
            }
            claims++;
            var counts = new HashMap<String, Integer>();
            unit.values().forEach(label -> counts.merge(label, 1, Integer::sum));
            for (var entry : counts.entrySet()) {
                int rk = entry.getValue();
                pa += rk * (rk - 1) / (double) (r * (r - 1));
                pi.merge(entry.getKey(), rk / (double) r, Double::sum);
            }
        }
        if (claims == 0) {
            return new Coefficient(name, null, 0, leftOut, "no claim judged by two reviewers");
        }
        int q = Math.max(categories, labelsIn(units).size());
        if (q < 2) {
            return new Coefficient(name, null, claims, leftOut, "undefined: fewer than two possible verdicts");
        }
        pa /= claims;
        double chance = 0;
        for (var share : pi.values()) {
            double p = share / claims;
            chance += p * (1 - p);
        }
        chance /= (q - 1);
        return new Coefficient(name, (pa - chance) / (1 - chance), claims, leftOut, null);
    }

    private static Set<String> labelsIn(List<Map<String, String>> units) {
        var labels = new HashSet<String>();
        units.forEach(u -> labels.addAll(u.values()));
        return labels;
    }
}
