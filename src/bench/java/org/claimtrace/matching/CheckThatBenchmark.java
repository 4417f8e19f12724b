package org.claimtrace.matching;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * CLEF 2020 CheckThat! Task 2: the 10,373 verified claims indexed with text and title, the train tweets
 * to choose and train, the dev tweets to report. Prints each variant's MAP@5 on train and dev, then the
 * shipped pipeline's figures with query latency (embedding included, index warm).
 */
final class CheckThatBenchmark {

    private static final int K = 5;
    private static final Path RESOURCE = Path.of("src/main/resources/org/claimtrace/matching", Reranker.DEFAULT_RESOURCE);

    private CheckThatBenchmark() {
    }

    static void run(boolean writeWeights) throws IOException {
        List<String> vectorNames = Arrays.asList(System.getProperty("models", "all-minilm-l6-v2,all-minilm-l6-v2@title").split(","));
        List<String> modelNames = vectorNames.stream().map(SentenceEmbedder::embedderOf).distinct().toList();
        VectorStorage storage = VectorStorage.valueOf(System.getProperty("vectors", "INT8").toUpperCase());
        var claims = CheckThatData.verifiedClaims();
        var train = CheckThatData.queries("train");
        var dev = CheckThatData.queries("dev");
        System.out.printf("checkthat: %d verified claims, %d train queries, %d dev queries, models %s, vectors %s%n",
                claims.size(), train.size(), dev.size(), modelNames, storage);

        var embedders = new HashMap<String, SentenceEmbedder>();
        var claimVectors = new HashMap<String, List<float[]>>();
        List<String> claimTexts = claims.stream().map(CheckThatData.VerifiedClaim::text).toList();
        List<String> titles = claims.stream().map(CheckThatData.VerifiedClaim::title).toList();
        for (String model : modelNames) {
            embedders.put(model, EmbedderCatalog.byName(model));
        }
        for (String vectorName : vectorNames) {
            var embedder = embedders.get(SentenceEmbedder.embedderOf(vectorName));
            boolean title = vectorName.equals(embedder.titleVectorName());
            claimVectors.put(vectorName, EmbeddingCache.documents(embedder, title ? titles : claimTexts, title ? "titles" : "claims"));
        }

        Path folder = Path.of("target", "checkthat-index");
        deleteFolder(folder);
        try (var index = ClaimIndex.open(folder, storage)) {
            long start = System.nanoTime();
            for (int i = 0; i < claims.size(); i++) {
                var c = claims.get(i);
                var doc = ClaimDocument.withoutVector(c.id(), c.text(), c.title());
                for (String vectorName : vectorNames) {
                    if (!vectorName.endsWith("@title") || !c.title().isBlank()) {
                        doc = doc.withVector(vectorName, claimVectors.get(vectorName).get(i));
                    }
                }
                index.upsert(doc);
            }
            index.forceMerge();
            System.out.printf("  indexed in %.1f s%n", (System.nanoTime() - start) / 1e9);
            if (writeWeights || Boolean.parseBoolean(System.getProperty("variants", "false"))) {
                evaluateVariants(index, embedders, vectorNames, train, dev, writeWeights);
            }
            if (!writeWeights) {
                reportShipped(index, embedders, dev);
            }
        }
    }

    private static void evaluateVariants(ClaimIndex index, Map<String, SentenceEmbedder> embedders, List<String> models,
            List<CheckThatData.Query> train, List<CheckThatData.Query> dev, boolean writeWeights) throws IOException {
        Map<String, Function<String, String>> cleaners = new java.util.LinkedHashMap<>();
        cleaners.put("raw", t -> t);
        cleaners.put("clean-drop-handles", QueryTextCleaner.droppingHandles()::clean);
        cleaners.put("clean-keep-tags-and-handles", QueryTextCleaner.keepingTagsAsWords()::clean);
        cleaners.put("clean-keep-tags-handles-and-author", QueryTextCleaner.keepingAuthor()::clean);
        System.out.println("-- BM25 (English analyzer, claim + title^0.6), top 5: query cleaning          train    dev");
        try (var snapshot = index.snapshot()) {
            for (var cleaner : cleaners.entrySet()) {
                Function<CheckThatData.Query, List<String>> bm25 = q -> ids(snapshot.searchLexical(cleaner.getValue().apply(q.text()), K));
                System.out.printf("   %-64s %.3f  %.3f%n", cleaner.getKey(), map5(train, bm25), map5(dev, bm25));
            }
        }
        QueryTextCleaner cleaner = QueryTextCleaner.byName(System.getProperty("cleaner", "keep-author"));
        Map<String, Map<String, float[]>> queryVectors = new HashMap<>();
        for (var split : List.of(train, dev)) {
            List<String> cleaned = split.stream().map(q -> cleaner.clean(q.text())).toList();
            for (String model : models) {
                var embedder = embedders.get(SentenceEmbedder.embedderOf(model));
                List<float[]> vectors = EmbeddingCache.documents(embedder, cleaned, "query-" + (split == train ? "train" : "dev"));
                for (int i = 0; i < split.size(); i++) {
                    queryVectors.computeIfAbsent(split.get(i).id(), k -> new HashMap<>()).put(model, vectors.get(i));
                }
            }
        }
        System.out.println("-- dense only (HNSW top 5, cosine)                                        train    dev");
        try (var snapshot = index.snapshot()) {
            for (String model : models) {
                Function<CheckThatData.Query, List<String>> dense = q -> ids(snapshot.searchVectors(model, queryVectors.get(q.id()).get(model), K));
                System.out.printf("   %-64s %.3f  %.3f%n", model, map5(train, dense), map5(dev, dense));
            }
            System.out.println("-- RRF (k=60) of BM25 top-100 and dense top-100                            train    dev");
            var fusion = ScoreFusion.reciprocalRank();
            for (List<String> subset : subsets(models)) {
                Function<CheckThatData.Query, List<String>> rrf = q -> {
                    String text = cleaner.clean(q.text());
                    var lists = new ArrayList<List<IndexHit>>();
                    lists.add(snapshot.searchLexical(text, ClaimMatcher.LEXICAL_DEPTH));
                    subset.forEach(m -> lists.add(snapshot.searchVectors(m, queryVectors.get(q.id()).get(m), ClaimMatcher.VECTOR_DEPTH)));
                    return fusion.fuse(lists).entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                            .limit(K).map(Map.Entry::getKey).toList();
                };
                System.out.printf("   %-64s %.3f  %.3f%n", "BM25 + " + subset, map5(train, rrf), map5(dev, rrf));
            }
        }
        System.out.println("-- learned re-ranker (listwise, trained on train only)                     train    dev   (train loss, candidate recall train/dev)");
        Reranker best = null;
        double bestTrain = -1;
        for (List<String> subset : subsets(models)) {
            var untrained = new ClaimMatcher(index, List.of(), new Reranker(subset, Map.of()));
            List<RerankerTraining.Example> examples = examples(index, untrained, cleaner, train, queryVectors);
            double recallTrain = candidateRecall(index, untrained, cleaner, train, queryVectors);
            double recallDev = candidateRecall(index, untrained, cleaner, dev, queryVectors);
            for (boolean withTrees : new boolean[] {false, true}) {
                if (withTrees && !Boolean.parseBoolean(System.getProperty("trees", "true"))) {
                    continue;
                }
                long fitStart = System.nanoTime();
                Reranker model = withTrees ? RerankerTraining.defaults().fitWithTrees(subset, examples, 300, 3)
                        : RerankerTraining.defaults().fit(subset, examples);
                double fitSeconds = (System.nanoTime() - fitStart) / 1e9;
                var trained = new ClaimMatcher(index, List.of(), model);
                Function<CheckThatData.Query, List<String>> reranked = q ->
                        trained.matchCleaned(cleaner.clean(q.text()), queryVectors.get(q.id()), K).stream().map(MatchCandidate::id).toList();
                double trainMap = map5(train, reranked);
                String label = "BM25 + " + subset + (withTrees ? " -> linear+" + model.treeCount() + " trees" : " -> linear");
                System.out.printf("   %-64s %.3f  %.3f   (%.3f, %.3f/%.3f, fit %.0f s)%n", label, trainMap, map5(dev, reranked),
                        RerankerTraining.loss(model, untrained.featureNames(), examples), recallTrain, recallDev, fitSeconds);
                if (trainMap > bestTrain) {
                    bestTrain = trainMap;
                    best = model;
                }
            }
        }
        if (writeWeights && best != null) {
            var text = new StringWriter();
            best.write(text, "Re-ranker: listwise linear model (+ boosted trees when tree.* lines are present) over CandidateFeatures, trained on the CLEF 2020 CheckThat! Task 2\n"
                    + "train split only (mvn -Pbench verify -Dbench=trainreranker); chosen by train MAP@5 = " + String.format("%.3f", bestTrain));
            Files.writeString(RESOURCE, text.toString());
            System.out.println("wrote " + RESOURCE + " for " + best.embedderNames());
            System.out.print(text);
        }
    }

    private static void reportShipped(ClaimIndex index, Map<String, SentenceEmbedder> embedders, List<CheckThatData.Query> dev) {
        Reranker shipped = Reranker.shipped();
        var matcher = new ClaimMatcher(index, List.copyOf(embedders.values()), shipped);
        for (var q : dev) {
            matcher.match(q.text(), K);
        }
        int passes = 3;
        double[] latencies = new double[dev.size() * passes];
        double[] ap = new double[dev.size()];
        double[] rr = new double[dev.size()];
        double[] p1 = new double[dev.size()];
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < dev.size(); i++) {
                var q = dev.get(i);
                long start = System.nanoTime();
                List<String> ranked = matcher.match(q.text(), K).stream().map(MatchCandidate::id).toList();
                latencies[pass * dev.size() + i] = (System.nanoTime() - start) / 1e6;
                ap[i] = RankingMetrics.averagePrecisionAt(K, ranked, q.relevant());
                rr[i] = RankingMetrics.reciprocalRank(ranked, q.relevant());
                p1[i] = RankingMetrics.precisionAt1(ranked, q.relevant());
            }
        }
        Arrays.sort(latencies);
        double[] interval = RankingMetrics.bootstrap95(ap, 10_000, 42);
        var example = matcher.match(dev.get(0).text(), 3);
        System.out.println("-- shipped pipeline (" + Reranker.DEFAULT_RESOURCE + ", embedders " + shipped.embedderNames()
                + "), raw dev tweets in, live query embedding");
        System.out.println("   example: " + dev.get(0).text().substring(0, 60) + "... -> " + example);
        System.out.printf("   dev MAP@5 %.3f (95%% bootstrap %.3f-%.3f, %d queries), MRR %.3f, P@1 %.3f%n",
                RankingMetrics.mean(ap), interval[0], interval[1], dev.size(), RankingMetrics.mean(rr), RankingMetrics.mean(p1));
        System.out.printf("   latency per query over %d runs: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", latencies.length,
                RankingMetrics.percentile(latencies, 50), RankingMetrics.percentile(latencies, 99), latencies[latencies.length - 1]);
        System.out.printf("checkthat: map5=%.3f mrr=%.3f p1=%.3f p50ms=%d p99ms=%d%n", RankingMetrics.mean(ap), RankingMetrics.mean(rr),
                RankingMetrics.mean(p1), Math.round(RankingMetrics.percentile(latencies, 50)), Math.round(RankingMetrics.percentile(latencies, 99)));
    }

    private static List<RerankerTraining.Example> examples(ClaimIndex index, ClaimMatcher matcher, QueryTextCleaner cleaner,
            List<CheckThatData.Query> queries, Map<String, Map<String, float[]>> queryVectors) {
        var examples = new ArrayList<RerankerTraining.Example>();
        try (var snapshot = index.snapshot()) {
            for (var q : queries) {
                List<Candidate> candidates = matcher.rank(snapshot, cleaner.clean(q.text()), queryVectors.get(q.id()));
                double[][] features = candidates.stream().map(c -> c.features).toArray(double[][]::new);
                boolean[] relevant = new boolean[candidates.size()];
                for (int i = 0; i < relevant.length; i++) {
                    relevant[i] = q.relevant().contains(candidates.get(i).claimId);
                }
                examples.add(new RerankerTraining.Example(features, relevant));
            }
        }
        return examples;
    }

    private static double candidateRecall(ClaimIndex index, ClaimMatcher matcher, QueryTextCleaner cleaner,
            List<CheckThatData.Query> queries, Map<String, Map<String, float[]>> queryVectors) {
        try (var snapshot = index.snapshot()) {
            return queries.stream().mapToDouble(q -> matcher.rank(snapshot, cleaner.clean(q.text()), queryVectors.get(q.id())).stream()
                    .anyMatch(c -> q.relevant().contains(c.claimId)) ? 1 : 0).average().orElse(0);
        }
    }

    private static List<List<String>> subsets(List<String> models) {
        var subsets = new ArrayList<List<String>>();
        subsets.add(List.of(models.get(0)));
        for (int i = 1; i < models.size(); i++) {
            subsets.add(List.of(models.get(0), models.get(i)));
        }
        if (models.size() > 2) {
            subsets.add(models);
        }
        return subsets;
    }

    private static double map5(List<CheckThatData.Query> queries, Function<CheckThatData.Query, List<String>> ranking) {
        return queries.stream().mapToDouble(q -> RankingMetrics.averagePrecisionAt(K, ranking.apply(q), q.relevant())).average().orElse(0);
    }

    private static List<String> ids(List<IndexHit> hits) {
        return hits.stream().map(IndexHit::claimId).toList();
    }

    static void deleteFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
