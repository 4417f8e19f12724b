package org.claimtrace.matching;

import java.util.List;
import java.util.Random;
import java.util.Set;

/** MAP@5 (CheckThat!'s official measure: precision at each right claim found in the top 5, over the number of right claims), MRR and P@1. */
final class RankingMetrics {

    private RankingMetrics() {
    }

    static double averagePrecisionAt(int k, List<String> ranked, Set<String> relevant) {
        double sum = 0;
        int found = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                found++;
                sum += (double) found / (i + 1);
            }
        }
        return relevant.isEmpty() ? 0 : sum / relevant.size();
    }

    static double reciprocalRank(List<String> ranked, Set<String> relevant) {
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    static double precisionAt1(List<String> ranked, Set<String> relevant) {
        return !ranked.isEmpty() && relevant.contains(ranked.get(0)) ? 1 : 0;
    }

    static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return values.length == 0 ? 0 : s / values.length;
    }

    /** 95% percentile bootstrap interval of the mean, resampling queries. */
    static double[] bootstrap95(double[] perQuery, int resamples, long seed) {
        var random = new Random(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double s = 0;
            for (int i = 0; i < perQuery.length; i++) {
                s += perQuery[random.nextInt(perQuery.length)];
            }
            means[r] = s / perQuery.length;
        }
        java.util.Arrays.sort(means);
        return new double[] {means[(int) (resamples * 0.025)], means[(int) (resamples * 0.975) - 1]};
    }

    static double percentile(double[] sortedValues, double p) {
        int index = (int) Math.ceil(p / 100.0 * sortedValues.length) - 1;
        return sortedValues[Math.max(0, Math.min(sortedValues.length - 1, index))];
    }
}
