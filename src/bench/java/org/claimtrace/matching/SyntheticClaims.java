package org.claimtrace.matching;

import java.util.SplittableRandom;

/** The generated corpus: texts recombined from verified claims, vectors from their real embeddings plus noise. */
final class SyntheticClaims {

    /** Gaussian noise per dimension added to the summed real vectors. */
    static final double NOISE = 0.02;

    private SyntheticClaims() {
    }

    static int claimOf(MatchScaleBenchmark.Source source, int i, int part) {
        var random = new SplittableRandom(i * 31L + 17);
        int first = random.nextInt(source.sentences().size());
        int second = random.nextInt(source.sentences().size());
        return source.sentenceClaim().get(part == 0 ? first : second);
    }

    /** One or two sentences from different verified claims. */
    static String text(MatchScaleBenchmark.Source source, int i) {
        var random = new SplittableRandom(i * 31L + 17);
        int first = random.nextInt(source.sentences().size());
        int second = random.nextInt(source.sentences().size());
        return random.nextBoolean() ? source.sentences().get(first) : source.sentences().get(first) + " " + source.sentences().get(second);
    }

    /** Normalised sum of the source claims' real vectors plus noise; {@code salt} 1 for documents, 2 for queries. */
    static float[] vector(MatchScaleBenchmark.Source source, int i, int salt) {
        var random = new SplittableRandom(i * 31L + 17);
        int first = random.nextInt(source.sentences().size());
        int second = random.nextInt(source.sentences().size());
        boolean two = random.nextBoolean();
        float[] a = source.vectors().get(source.sentenceClaim().get(first));
        float[] b = source.vectors().get(source.sentenceClaim().get(second));
        var noise = new SplittableRandom(i * 1_000_003L + salt);
        float[] v = new float[a.length];
        for (int d = 0; d < v.length; d++) {
            v[d] = a[d] + (two ? b[d] : 0) + (float) (gaussian(noise) * NOISE);
        }
        return UnitVectors.normalized(v);
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian in all versions we target
        double u = 1 - random.nextDouble();
        double w = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
    }
}
