package org.claimtrace.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RerankerTrainingTest {

    /** Queries where the right candidate has the highest cosine but not always the highest BM25. */
    static List<RerankerTraining.Example> cosineDecides(int queries, long seed) {
        var random = new Random(seed);
        List<String> names = new CandidateFeatures(List.of("m")).names();
        int cosine = names.indexOf("cosine.m");
        int bm25 = names.indexOf("bm25.relative");
        var examples = new ArrayList<RerankerTraining.Example>();
        for (int q = 0; q < queries; q++) {
            int n = 10;
            double[][] features = new double[n][names.size()];
            boolean[] relevant = new boolean[n];
            int right = random.nextInt(n);
            for (int i = 0; i < n; i++) {
                features[i][0] = 1;
                features[i][cosine] = i == right ? 0.8 + 0.1 * random.nextDouble() : 0.7 * random.nextDouble();
                features[i][bm25] = random.nextDouble();
                relevant[i] = i == right;
            }
            examples.add(new RerankerTraining.Example(features, relevant));
        }
        return examples;
    }

    @Test
    void learnsToTrustTheFeatureThatSeparatesTheRightClaim() {
        Reranker model = RerankerTraining.defaults().fit(List.of("m"), cosineDecides(200, 1));
        assertTrue(model.weight("cosine.m") > 5 * Math.abs(model.weight("bm25.relative")),
                "cosine " + model.weight("cosine.m") + " bm25 " + model.weight("bm25.relative"));
        List<String> names = new CandidateFeatures(List.of("m")).names();
        double[] w = model.weightsFor(names);
        int top = 0;
        var unseen = cosineDecides(100, 2);
        for (var example : unseen) {
            int best = 0;
            for (int i = 1; i < example.features().length; i++) {
                if (Reranker.score(w, example.features()[i]) > Reranker.score(w, example.features()[best])) {
                    best = i;
                }
            }
            top += example.relevant()[best] ? 1 : 0;
        }
        assertEquals(100, top);
        assertTrue(RerankerTraining.loss(model, names, unseen) < Math.log(10) / 4);
    }

    @Test
    void weightsSurviveWritingAndReading() throws Exception {
        Reranker model = RerankerTraining.defaults().fit(List.of("m"), cosineDecides(50, 3));
        var out = new StringWriter();
        model.write(out, "test");
        Reranker read = Reranker.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("m"), read.embedderNames());
        assertEquals(model.weight("cosine.m"), read.weight("cosine.m"), 1e-12);
    }

    @Test
    void shippedWeightsNameTheirEmbeddersAndWeighMeaning() {
        Reranker shipped = Reranker.shipped();
        assertTrue(!shipped.embedderNames().isEmpty());
        assertTrue(shipped.weight("cosine." + shipped.embedderNames().get(0)) != 0);
    }
}
