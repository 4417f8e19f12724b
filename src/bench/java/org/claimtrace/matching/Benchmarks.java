package org.claimtrace.matching;

/** Entry point of the bench profile: {@code mvn -q -Pbench verify -Dbench=NAME}. */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? "checkthat" : args[0];
        switch (name) {
            case "checkthat" -> CheckThatBenchmark.run(false);
            case "trainreranker" -> CheckThatBenchmark.run(true);
            case "matchscale" -> MatchScaleBenchmark.run();
            default -> throw new IllegalArgumentException("unknown benchmark " + name + " (checkthat, trainreranker, matchscale)");
        }
    }
}
