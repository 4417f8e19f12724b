package org.claimtrace.bench;

import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.OutletKind;
import org.claimtrace.exchange.ImportService;
import org.claimtrace.exchange.Progress;
import org.claimtrace.security.SystemTask;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A newsroom's bulk load: 1,000 articles of 100 distinct sentences each, then 100,000 annotations (one per
 * sentence) imported as one annotations.csv, as an editor would through Import annotations.
 */
final class BulkCorpus {

    static final int ARTICLES = Integer.getInteger("bulk.articles", 1000);
    static final int PER_ARTICLE = Integer.getInteger("bulk.perArticle", 100);

    private static final String[] SUBJECTS = {"The ministry", "Officials", "A spokeswoman", "The agency", "Investigators",
            "The company", "Local police", "Two diplomats", "The mayor", "Analysts"};
    private static final String[] VERBS = {"said", "told reporters", "confirmed", "denied", "claimed", "warned"};
    private static final String[] THINGS = {"the dam", "the pipeline", "the election", "the vaccine", "the ceasefire",
            "the budget", "the bridge", "the harvest", "the strike", "the reactor", "the border", "the merger"};
    private static final String[] STATES = {"had failed", "was safe", "would reopen", "was delayed", "had been hacked",
            "was inspected", "would cost more", "had collapsed", "was on schedule", "had been sabotaged"};

    private BulkCorpus() {
    }

    /** Imports the articles and the annotations file; returns how long the file import took in ms. */
    static long load(BenchApp app) throws Exception {
        var articles = app.bean(ArticleService.class);
        var random = new Random(1);
        var hashes = new ArrayList<String>(ARTICLES);
        var texts = new ArrayList<List<int[]>>(ARTICLES);
        var bodies = new ArrayList<String>(ARTICLES);
        long started = System.nanoTime();
        for (int a = 0; a < ARTICLES; a++) {
            var text = new StringBuilder();
            var spans = new ArrayList<int[]>(PER_ARTICLE);
            for (int s = 0; s < PER_ARTICLE; s++) {
                var sentence = SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)] + " "
                        + THINGS[random.nextInt(THINGS.length)] + " in district " + a + " " + STATES[random.nextInt(STATES.length)]
                        + " on day " + s + ".";
                spans.add(new int[]{text.length(), text.length() + sentence.length()});
                text.append(sentence).append(s % 5 == 4 ? "\n\n" : " ");
            }
            var body = text.toString().strip();
            var draft = new ArticleDraft("Bulk Wire " + (a % 20), OutletKind.WIRE_SERVICE, "Bulk story " + a + ": "
                    + THINGS[a % THINGS.length] + " " + STATES[a % STATES.length], null, null, null, "en", body);
            hashes.add(SystemTask.call(() -> articles.importArticle(draft)).getContentHash());
            texts.add(spans);
            bodies.add(body);
        }
        System.out.printf(Locale.ROOT, "%,d articles imported in %.1f s%n", ARTICLES, (System.nanoTime() - started) / 1e9);
        var csv = Files.createTempFile("bulk-annotations-", ".csv");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                out.write("article_content_hash,start,end,quote,attribution_type\r\n");
                for (int a = 0; a < ARTICLES; a++) {
                    for (var span : texts.get(a)) {
                        out.write(hashes.get(a) + "," + span[0] + "," + span[1] + ",\"" + bodies.get(a).substring(span[0], span[1])
                                + "\",NAMED_INSTITUTION\r\n");
                    }
                }
            }
            long importStarted = System.nanoTime();
            var result = SystemTask.call(() -> app.bean(ImportService.class).importAnnotations(csv, false, Progress.NONE));
            long took = (System.nanoTime() - importStarted) / 1_000_000;
            System.out.printf(Locale.ROOT, "%,d annotations imported from %.1f MB of CSV in %.1f s%n", result.imported(),
                    Files.size(csv) / 1e6, took / 1e3);
            return took;
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    static Path tempFolder() throws Exception {
        return Files.createTempDirectory("claimtrace-bulk-");
    }
}
