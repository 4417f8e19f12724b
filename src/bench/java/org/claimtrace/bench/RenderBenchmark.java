package org.claimtrace.bench;

import org.claimtrace.reader.ArticleMarkup;
import org.claimtrace.reader.Highlight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Server-side render of the reader's text: a 10,000-word article with 1,000 overlapping annotations
 * (plus 100 suggestions) cut into escaped segments. {@code ./mvnw -q -Pbench verify -Dbench=render}
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static String article(int words, long seed) {
        var vocabulary = ("officials said the talks would resume next week in Vladivostok according to American and allied "
                + "intelligence reports Kim plans travel Russia meet Putin arms deal artillery shells satellites submarines "
                + "spokesman statement declassified <script> & \"quoted\" \u201cdiplomatic\u201d engagement").split(" ");
        var random = new Random(seed);
        var text = new StringBuilder();
        for (int i = 1; i <= words; i++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]);
            text.append(i % 120 == 0 ? ".\n\n" : i % 15 == 0 ? ". " : " ");
        }
        return text.toString().strip();
    }

    public static List<Highlight> highlights(String text, int annotations, int suggestions, long seed) {
        var random = new Random(seed);
        var list = new ArrayList<Highlight>();
        for (int i = 0; i < annotations + suggestions; i++) {
            int start = random.nextInt(text.length() - 400);
            int end = start + 20 + random.nextInt(300);
            list.add(new Highlight(i < annotations ? Long.toString(i) : "s" + i, start, end, "#CC6677",
                    "Anonymous, vague \u2014 officials", i >= annotations));
        }
        return list;
    }

    public static void main(String[] args) {
        var text = article(10_000, 42);
        var highlights = highlights(text, 1_000, 100, 7);
        for (int i = 0; i < 30; i++) {
            ArticleMarkup.render(text, highlights, "5");
        }
        double[] runs = new double[40];
        int length = 0;
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            length = ArticleMarkup.render(text, highlights, "5").length();
            runs[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(runs);
        double median = runs[runs.length / 2];
        double p95 = runs[(int) (runs.length * 0.95)];
        System.out.printf(Locale.ROOT, "10,000 words (%,d chars), 1,000 overlapping annotations + 100 suggestions -> %,d chars of markup%n",
                text.length(), length);
        System.out.printf(Locale.ROOT, "render median %.1f ms, p95 %.1f ms, min %.1f ms over %d runs%n", median, p95, runs[0], runs.length);
        System.out.printf(Locale.ROOT, "render: words=10000 annotations=1000 medianMs=%.1f p95Ms=%.1f markupKB=%d%n",
                median, p95, length / 1024);
    }
}
