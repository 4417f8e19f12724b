package org.claimtrace.bench;

import org.claimtrace.article.TextNormalizer;
import org.claimtrace.attribution.CueDetector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The cue detector's model load time and its detection time on a 10,000-word article (the seed bodies
 * and the held-out article repeated). {@code ./mvnw -q -Pbench verify -Dbench=suggest}
 */
public final class SuggestBenchmark {

    private SuggestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        var detector = new CueDetector();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        // article bodies only: a "More from …" or "Comments" line ends an article for the detector
        var block = String.join("\n\n", body("/seeds/000_f4194aa40a5762b1.txt", "Comments"),
                body("/seeds/004_67ecabca6ce82094.txt", "More from"), body("/attribution/heldout_copper_mine.txt", "More from"));
        var article = new StringBuilder();
        while (article.toString().split("\\s+").length < 10_000) {
            article.append(block).append("\n\n");
        }
        var text = article.toString().strip();
        int words = text.split("\\s+").length;
        for (int i = 0; i < 5; i++) {
            detector.detect(text);
        }
        double[] runs = new double[15];
        int suggestions = 0;
        for (int i = 0; i < runs.length; i++) {
            long s = System.nanoTime();
            suggestions = detector.detect(text).size();
            runs[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(runs);
        System.out.printf(Locale.ROOT, "model load %.0f ms; %d words, %d suggestions; warm detection median %.0f ms, "
                + "min %.0f ms, max %.0f ms%n", loadMs, words, suggestions, runs[runs.length / 2], runs[0], runs[runs.length - 1]);
        System.out.printf(Locale.ROOT, "suggest: words=%d loadMs=%.0f medianMs=%.0f maxMs=%.0f suggestions=%d%n",
                words, loadMs, runs[runs.length / 2], runs[runs.length - 1], suggestions);
    }

    private static String body(String resource, String endMarker) throws IOException {
        try (InputStream in = SuggestBenchmark.class.getResourceAsStream(resource)) {
            var text = TextNormalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            int end = text.indexOf("\n" + endMarker);
            return (end < 0 ? text : text.substring(0, end)).strip();
        }
    }
}
