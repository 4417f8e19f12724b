package org.claimtrace.bench;

import java.lang.reflect.InvocationTargetException;
import java.util.Locale;

/**
 * Entry point of {@code ./mvnw -q -Pbench verify -Dbench=NAME}: runs {@code org.claimtrace.bench.<Name>Benchmark}
 * (e.g. {@code render} runs {@code RenderBenchmark}). Each benchmark prints its figures and ends with one
 * line {@code NAME: key=value ...}.
 */
public final class Benchmarks {

    /** The matcher's benchmarks live beside its package (they reach package-private parts). */
    private static final java.util.Set<String> MATCHING = java.util.Set.of("checkthat", "trainreranker", "matchscale");

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        var name = args.length == 0 ? "list" : args[0].strip();
        if (name.equals("list")) {
            System.out.println("Give a benchmark: -Dbench=NAME (see README, Benchmarks)");
            return;
        }
        if (name.equals("export")) {
            // beside the exchange package, whose writers it measures
            org.claimtrace.exchange.ExportBenchmark.main(new String[0]);
            return;
        }
        if (name.equals("polnear")) {
            // beside the attribution package, whose package-private scoring of the seeds it reuses
            org.claimtrace.attribution.PolnearBenchmark.main(new String[0]);
            return;
        }
        if (name.equals("traincues")) {
            org.claimtrace.attribution.TraincuesBenchmark.main(new String[0]);
            return;
        }
        if (name.equals("cuecv")) {
            org.claimtrace.attribution.CuecvBenchmark.main(new String[0]);
            return;
        }
        if (MATCHING.contains(name)) {
            org.claimtrace.matching.Benchmarks.main(new String[]{name});
            return;
        }
        var className = Benchmarks.class.getPackageName() + "." + name.substring(0, 1).toUpperCase(Locale.ROOT)
                + name.substring(1) + "Benchmark";
        try {
            Class.forName(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (ClassNotFoundException e) {
            System.err.println("No benchmark called " + name + " (looked for " + className + ")");
            System.exit(2);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
