package org.claimtrace.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits {@link Reranker} weights on queries with known matching claims: maximises the softmax probability
 * of the right claim among each query's candidates (a listwise, "conditional logit" objective, which
 * suits one right answer per query better than scoring pairs one by one), with Adam and a small L2 penalty.
 * Queries whose right claim was not among the candidates teach nothing and are skipped.
 */
public final class RerankerTraining {

    private final int epochs;
    private final double learningRate;
    private final double l2;

    public RerankerTraining(int epochs, double learningRate, double l2) {
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.l2 = l2;
    }

    public static RerankerTraining defaults() {
        return new RerankerTraining(400, 0.05, 1e-4);
    }

    /** One training query: each candidate's features, and which candidates are right. */
    public record Example(double[][] features, boolean[] relevant) {
    }

    public Reranker fit(List<String> embedderNames, List<Example> examples) {
        List<String> names = new CandidateFeatures(embedderNames).names();
        int d = names.size();
        double[] w = new double[d];
        double[] m = new double[d];
        double[] v = new double[d];
        List<Example> usable = examples.stream().filter(RerankerTraining::hasRelevant).toList();
        for (int step = 1; step <= epochs; step++) {
            double[] gradient = new double[d];
            for (Example example : usable) {
                accumulateGradient(w, example, gradient);
            }
            for (int j = 0; j < d; j++) {
                double g = gradient[j] / usable.size() + l2 * w[j];
                m[j] = 0.9 * m[j] + 0.1 * g;
                v[j] = 0.999 * v[j] + 0.001 * g * g;
                double mHat = m[j] / (1 - Math.pow(0.9, step));
                double vHat = v[j] / (1 - Math.pow(0.999, step));
                w[j] -= learningRate * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        Map<String, Double> weights = new HashMap<>();
        for (int j = 0; j < d; j++) {
            weights.put(names.get(j), w[j]);
        }
        return new Reranker(embedderNames, weights);
    }

    /**
     * The linear model fitted on all examples, then boosted trees fitted to what it gets wrong. Every fifth
     * query is held out to decide when more trees stop helping (early stopping), so nothing outside the
     * given examples is used.
     */
    public Reranker fitWithTrees(List<String> embedderNames, List<Example> examples, int maxTrees, int depth) {
        Reranker linear = fit(embedderNames, examples);
        List<String> names = new CandidateFeatures(embedderNames).names();
        var scorer = linear.scorer(names);
        List<Example> usable = examples.stream().filter(RerankerTraining::hasRelevant).toList();
        var fitPart = new java.util.ArrayList<Example>();
        var holdOut = new java.util.ArrayList<Example>();
        for (int i = 0; i < usable.size(); i++) {
            (i % 5 == 4 ? holdOut : fitPart).add(usable.get(i));
        }
        double[][] x = fitPart.stream().flatMap(e -> java.util.Arrays.stream(e.features())).toArray(double[][]::new);
        double[] base = java.util.Arrays.stream(x).mapToDouble(scorer::applyAsDouble).toArray();
        var binned = new BoostedTrees.Binned(x);
        var trees = new java.util.ArrayList<BoostedTrees.Node[]>();
        double bestLoss = holdOutLoss(linear, names, holdOut);
        int bestCount = 0;
        double[] g = new double[x.length];
        double[] h = new double[x.length];
        for (int round = 0; round < maxTrees; round++) {
            int row = 0;
            for (Example e : fitPart) {
                int n = e.features().length;
                double[] scores = java.util.Arrays.copyOfRange(base, row, row + n);
                double[] p = softmaxOf(scores);
                double relevantMass = 0;
                for (int i = 0; i < n; i++) {
                    relevantMass += e.relevant()[i] ? p[i] : 0;
                }
                for (int i = 0; i < n; i++) {
                    g[row + i] = p[i] - (e.relevant()[i] ? p[i] / relevantMass : 0);
                    h[row + i] = Math.max(p[i] * (1 - p[i]), 1e-6);
                }
                row += n;
            }
            BoostedTrees.Node[] tree = BoostedTrees.fitTree(binned, g, h, depth, 1.0, 0.1, 20);
            trees.add(tree);
            for (int r = 0; r < x.length; r++) {
                base[r] += BoostedTrees.evaluate(tree, x[r]);
            }
            double loss = holdOutLoss(new Reranker(embedderNames, weightsOf(linear, names), new BoostedTrees(trees)), names, holdOut);
            if (loss < bestLoss - 1e-5) {
                bestLoss = loss;
                bestCount = trees.size();
            } else if (trees.size() - bestCount >= 20) {
                break;
            }
        }
        return new Reranker(embedderNames, weightsOf(linear, names), new BoostedTrees(trees.subList(0, bestCount)));
    }

    private static Map<String, Double> weightsOf(Reranker model, List<String> names) {
        Map<String, Double> weights = new HashMap<>();
        names.forEach(n -> weights.put(n, model.weight(n)));
        return weights;
    }

    private static double holdOutLoss(Reranker model, List<String> names, List<Example> examples) {
        var scorer = model.scorer(names);
        double total = 0;
        for (Example e : examples) {
            double[] p = softmaxOf(java.util.Arrays.stream(e.features()).mapToDouble(scorer::applyAsDouble).toArray());
            double mass = 0;
            for (int i = 0; i < p.length; i++) {
                mass += e.relevant()[i] ? p[i] : 0;
            }
            total -= Math.log(Math.max(mass, 1e-12));
        }
        return total / Math.max(1, examples.size());
    }

    private static double[] softmaxOf(double[] scores) {
        double max = java.util.Arrays.stream(scores).max().orElse(0);
        double sum = 0;
        double[] p = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            p[i] = Math.exp(scores[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** Mean negative log-likelihood of the right claims; for reporting. */
    public static double loss(Reranker model, List<String> featureNames, List<Example> examples) {
        var scorer = model.scorer(featureNames);
        double total = 0;
        int counted = 0;
        for (Example example : examples) {
            if (!hasRelevant(example)) {
                continue;
            }
            double[] p = softmaxOf(java.util.Arrays.stream(example.features()).mapToDouble(scorer::applyAsDouble).toArray());
            double relevantMass = 0;
            for (int i = 0; i < p.length; i++) {
                if (example.relevant()[i]) {
                    relevantMass += p[i];
                }
            }
            total -= Math.log(Math.max(relevantMass, 1e-12));
            counted++;
        }
        return counted == 0 ? 0 : total / counted;
    }

    // Gradient of -log(sum of p over relevant): expected features under p minus expected under p restricted to relevant.
    private static void accumulateGradient(double[] w, Example example, double[] gradient) {
        double[] p = softmax(w, example.features());
        double relevantMass = 0;
        for (int i = 0; i < p.length; i++) {
            if (example.relevant()[i]) {
                relevantMass += p[i];
            }
        }
        for (int i = 0; i < p.length; i++) {
            double coefficient = p[i] - (example.relevant()[i] ? p[i] / relevantMass : 0);
            double[] f = example.features()[i];
            for (int j = 0; j < f.length; j++) {
                gradient[j] += coefficient * f[j];
            }
        }
    }

    private static double[] softmax(double[] w, double[][] features) {
        double[] scores = new double[features.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < features.length; i++) {
            scores[i] = Reranker.score(w, features[i]);
            max = Math.max(max, scores[i]);
        }
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.exp(scores[i] - max);
            sum += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= sum;
        }
        return scores;
    }

    private static boolean hasRelevant(Example example) {
        for (boolean r : example.relevant()) {
            if (r) {
                return true;
            }
        }
        return false;
    }
}
