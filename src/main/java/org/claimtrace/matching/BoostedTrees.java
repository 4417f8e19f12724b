package org.claimtrace.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Small regression trees added to the linear re-ranker score, fitted by gradient boosting on the same
 * listwise softmax loss (Newton steps). They catch what a linear model cannot, such as "shared numbers only
 * count when the query has numbers". Stored as text, one tree per line: nodes in breadth-first order,
 * each "feature:threshold" for a split or "=value" for a leaf.
 */
final class BoostedTrees {

    private final List<Node[]> trees;

    BoostedTrees(List<Node[]> trees) {
        this.trees = List.copyOf(trees);
    }

    static BoostedTrees none() {
        return new BoostedTrees(List.of());
    }

    int size() {
        return trees.size();
    }

    /** A tree node: a split on {@code feature <= threshold} (children at 2i+1, 2i+2), or a leaf when feature is -1. */
    record Node(int feature, double threshold, double value) {
        boolean leaf() {
            return feature < 0;
        }
    }

    double score(double[] features) {
        double sum = 0;
        for (Node[] tree : trees) {
            sum += evaluate(tree, features);
        }
        return sum;
    }

    static double evaluate(Node[] tree, double[] features) {
        int i = 0;
        while (!tree[i].leaf()) {
            i = features[tree[i].feature()] <= tree[i].threshold() ? 2 * i + 1 : 2 * i + 2;
        }
        return tree[i].value();
    }

    String encode(int treeIndex) {
        var parts = new ArrayList<String>();
        for (Node node : trees.get(treeIndex)) {
            parts.add(node == null ? "-" : node.leaf() ? "=" + fmt(node.value()) : node.feature() + ":" + fmt(node.threshold()));
        }
        return String.join(" ", parts);
    }

    static Node[] decode(String line) {
        String[] parts = line.trim().split(" ");
        Node[] nodes = new Node[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("-")) {
                continue;
            }
            if (p.startsWith("=")) {
                nodes[i] = new Node(-1, 0, Double.parseDouble(p.substring(1)));
            } else {
                String[] split = p.split(":");
                nodes[i] = new Node(Integer.parseInt(split[0]), Double.parseDouble(split[1]), 0);
            }
        }
        return nodes;
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.6g", x);
    }

    /** Training rows with each feature cut into at most 64 quantile bins, so a split search is one pass. */
    static final class Binned {
        private static final int BINS = 64;
        final byte[][] bins;
        final double[][] upperEdges;

        Binned(double[][] x) {
            int features = x[0].length;
            bins = new byte[x.length][features];
            upperEdges = new double[features][];
            for (int f = 0; f < features; f++) {
                int feature = f;
                double[] sorted = Arrays.stream(x).mapToDouble(row -> row[feature]).sorted().toArray();
                double[] edges = java.util.stream.IntStream.range(1, BINS).mapToDouble(b -> sorted[b * sorted.length / BINS]).distinct().toArray();
                upperEdges[f] = edges;
                for (int r = 0; r < x.length; r++) {
                    int b = Arrays.binarySearch(edges, x[r][f]);
                    bins[r][f] = (byte) (b >= 0 ? b : -b - 1);
                }
            }
        }
    }

    /** Fits one tree of the given depth to gradients and hessians (Newton leaves, L2 {@code lambda}), times {@code shrinkage}. */
    static Node[] fitTree(Binned data, double[] gradient, double[] hessian, int depth, double lambda, double shrinkage, int minLeaf) {
        Node[] tree = new Node[(1 << (depth + 1)) - 1];
        int[] all = new int[data.bins.length];
        Arrays.setAll(all, i -> i);
        grow(tree, 0, all, data, gradient, hessian, depth, lambda, shrinkage, minLeaf);
        return tree;
    }

    private static void grow(Node[] tree, int node, int[] rows, Binned data, double[] g, double[] h, int depthLeft,
            double lambda, double shrinkage, int minLeaf) {
        double gSum = 0;
        double hSum = 0;
        for (int r : rows) {
            gSum += g[r];
            hSum += h[r];
        }
        double leafValue = -gSum / (hSum + lambda) * shrinkage;
        if (depthLeft == 0 || rows.length < 2 * minLeaf) {
            tree[node] = new Node(-1, 0, leafValue);
            return;
        }
        double parentGain = gSum * gSum / (hSum + lambda);
        double bestGain = 1e-9;
        int bestFeature = -1;
        int bestBin = -1;
        int features = data.upperEdges.length;
        for (int f = 0; f < features; f++) {
            int binCount = data.upperEdges[f].length + 1;
            double[] gBin = new double[binCount];
            double[] hBin = new double[binCount];
            int[] nBin = new int[binCount];
            for (int r : rows) {
                int b = data.bins[r][f];
                gBin[b] += g[r];
                hBin[b] += h[r];
                nBin[b]++;
            }
            double gLeft = 0;
            double hLeft = 0;
            int nLeft = 0;
            for (int b = 0; b < binCount - 1; b++) {
                gLeft += gBin[b];
                hLeft += hBin[b];
                nLeft += nBin[b];
                if (nLeft < minLeaf || rows.length - nLeft < minLeaf) {
                    continue;
                }
                double gRight = gSum - gLeft;
                double hRight = hSum - hLeft;
                double gain = gLeft * gLeft / (hLeft + lambda) + gRight * gRight / (hRight + lambda) - parentGain;
                if (gain > bestGain) {
                    bestGain = gain;
                    bestFeature = f;
                    bestBin = b;
                }
            }
        }
        if (bestFeature < 0) {
            tree[node] = new Node(-1, 0, leafValue);
            return;
        }
        tree[node] = new Node(bestFeature, data.upperEdges[bestFeature][bestBin], 0);
        int f = bestFeature;
        int split = bestBin;
        int[] left = Arrays.stream(rows).filter(r -> data.bins[r][f] <= split).toArray();
        int[] right = Arrays.stream(rows).filter(r -> data.bins[r][f] > split).toArray();
        grow(tree, 2 * node + 1, left, data, g, h, depthLeft - 1, lambda, shrinkage, minLeaf);
        grow(tree, 2 * node + 2, right, data, g, h, depthLeft - 1, lambda, shrinkage, minLeaf);
    }
}
