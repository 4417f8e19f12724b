package org.claimtrace.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A scoring model over {@link CandidateFeatures}: a linear part plus optional small boosted trees, both
 * trained listwise (softmax over each query's candidates) by {@link RerankerTraining}. Linear weights are
 * stored by feature name in a properties file, so a feature the model does not know scores 0; trees refer
 * to features by position in {@link CandidateFeatures#names()} for the stored embedders.
 */
public final class Reranker {

    /** The weights shipped with the app, trained on the CheckThat! 2020 train split. */
    public static final String DEFAULT_RESOURCE = "reranker.properties";
    private static final String EMBEDDERS_KEY = "embedders";
    private static final String WEIGHT_PREFIX = "weight.";
    private static final String TREE_PREFIX = "tree.";

    private final List<String> embedderNames;
    private final Map<String, Double> weights;
    private final BoostedTrees trees;

    public Reranker(List<String> embedderNames, Map<String, Double> weights) {
        this(embedderNames, weights, BoostedTrees.none());
    }

    Reranker(List<String> embedderNames, Map<String, Double> weights, BoostedTrees trees) {
        this.embedderNames = List.copyOf(embedderNames);
        this.weights = Map.copyOf(weights);
        this.trees = trees;
    }

    /** The model trained for the embedders named in the shipped weights file. */
    public static Reranker shipped() {
        try (InputStream in = Reranker.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Reranker read(InputStream in) throws IOException {
        var properties = new Properties();
        properties.load(in);
        String embedders = properties.getProperty(EMBEDDERS_KEY, "");
        var weights = new LinkedHashMap<String, Double>();
        var trees = new java.util.TreeMap<Integer, BoostedTrees.Node[]>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(WEIGHT_PREFIX)) {
                weights.put(key.substring(WEIGHT_PREFIX.length()), Double.parseDouble(properties.getProperty(key)));
            } else if (key.startsWith(TREE_PREFIX)) {
                trees.put(Integer.parseInt(key.substring(TREE_PREFIX.length())), BoostedTrees.decode(properties.getProperty(key)));
            }
        }
        return new Reranker(embedders.isBlank() ? List.of() : Arrays.asList(embedders.split(",")), weights,
                new BoostedTrees(List.copyOf(trees.values())));
    }

    public void write(Writer out, String comment) throws IOException {
        out.write("# " + comment.replace("\n", "\n# ") + "\n");
        out.write(EMBEDDERS_KEY + "=" + String.join(",", embedderNames) + "\n");
        for (String feature : new CandidateFeatures(embedderNames).names()) {
            out.write(WEIGHT_PREFIX + feature + "=" + weights.getOrDefault(feature, 0.0) + "\n");
        }
        for (int t = 0; t < trees.size(); t++) {
            out.write(String.format("%s%03d=%s%n", TREE_PREFIX, t, trees.encode(t)));
        }
    }

    /** The embedders whose cosine features this model weighs; the matcher needs their vectors. */
    public List<String> embedderNames() {
        return embedderNames;
    }

    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    int treeCount() {
        return trees.size();
    }

    BoostedTrees trees() {
        return trees;
    }

    /** Scores a candidate's features (in the order of {@code featureNames}, which must be this model's). */
    java.util.function.ToDoubleFunction<double[]> scorer(List<String> featureNames) {
        double[] w = weightsFor(featureNames);
        return features -> score(w, features) + trees.score(features);
    }

    double[] weightsFor(List<String> featureNames) {
        return featureNames.stream().mapToDouble(this::weight).toArray();
    }

    static double score(double[] weights, double[] features) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * features[i];
        }
        return sum;
    }
}
