package org.claimtrace.attribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cue detector on real newsroom text: PolNeAR's dev articles (or {@code -Dpolnear.split=train}), scored as
 * issue 17 defines it ({@link PolnearScore}), followed by the seed and held-out scores so a gain on one never
 * hides a loss on another. Each article goes through what {@code GET /api/articles/{id}/suggestions} runs for
 * a new article: the import normalisation, then the detector told the article's outlet.
 *
 * <p>{@code ./mvnw -q -Pbench verify -Dbench=polnear [-Dpolnear.dir=…] [-Dpolnear.split=train]
 * [-Dpolnear.show=misses,wrong,cues,sources,verbs,cuetable,spans,unattributed,cuetags] [-Dbench.variants=true]}
 * — {@code show} prints up to {@code polnear.limit} (60) examples of each kind, for finding what the detector misses (do that on train,
 * report on dev); {@code bench.variants} first compares rules alone with rules and the cue model (decision 020).
 */
public final class PolnearBenchmark {

    private PolnearBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = PolnearCorpus.folder();
        String split = System.getProperty("polnear.split", "dev");
        if (!Files.isDirectory(folder.resolve(split).resolve("text"))) {
            System.out.println("No PolNeAR " + split + " split at " + folder.toAbsolutePath().normalize() + ". "
                    + PolnearCorpus.WHERE_TO_GET_IT);
            System.out.println("polnear: split=" + split + " docs=0 missing=" + folder);
            return;
        }
        long t0 = System.nanoTime();
        CueDetector detector = new CueDetector();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        List<PolnearCorpus.Article> articles = PolnearCorpus.read(folder, split);
        // -Dbench.variants=true reaches the benchmark's JVM as -Dvariants (the bench profile forwards it)
        if (Boolean.getBoolean("variants")) {
            compareVariants(articles);
        }
        PolnearScore score = new PolnearScore();
        long detectNanos = 0;
        for (PolnearCorpus.Article article : articles) {
            long s = System.nanoTime();
            List<ClaimSuggestion> suggestions = detector.detect(article.text(), article.outlet());
            detectNanos += System.nanoTime() - s;
            score.add(article, suggestions);
        }
        Set<String> show = Set.of(System.getProperty("polnear.show", "").split(","));
        int limit = Integer.parseInt(System.getProperty("polnear.limit", "60"));
        if (show.contains("verbs")) {
            CueVerbStatistics verbs = new CueVerbStatistics();
            NlpPipeline pipeline = new NlpPipeline(LanguageModels.englishFromClasspath());
            articles.forEach(a -> verbs.add(a, pipeline));
            verbs.print(5);
        }
        printExamples(score, show, limit);
        if (show.contains("cuetags")) {
            cueTags(articles, score);
        }
        int misaligned = articles.stream().mapToInt(PolnearCorpus.Article::misaligned).sum();
        if (misaligned > 0) {
            System.out.println("WARNING: " + misaligned + " marked contents read differently after normalisation");
        }

        DetectionScore seeds = SeedScores.seeds(detector);
        DetectionScore copper = SeedScores.heldOut(detector);
        long found = score.outcomes.stream().filter(PolnearScore.Outcome::found).count();
        System.out.printf(Locale.ROOT, "PolNeAR %s: %d articles, %d marked relations (%d with a speech cue), "
                        + "%d attributed suggestions of which %d right, %d relations found, %d missed though an "
                        + "unattributed suggestion has their content; model load %.0f ms, detection %.0f ms in all%n",
                split, score.documents, score.outcomes.size(), score.speechRelations(), score.attributedSuggestions,
                score.rightSuggestions, found, score.missedAsUnattributed, loadMs, detectNanos / 1e6);
        System.out.print(seeds.report("Seed articles (NYT + GZERO)"));
        System.out.print(copper.report("Held-out article (copper mine)"));
        System.out.printf(Locale.ROOT, "polnear: split=%s docs=%d P=%.3f R=%.3f F1=%.3f R_speech=%.3f cue_acc=%.3f "
                        + "source_acc=%.3f seed_R=%.3f seed_P=%.3f seed_type=%.3f copper_R=%.3f copper_P=%.3f "
                        + "copper_type=%.3f%n",
                split, score.documents, score.precision(), score.recall(), score.f1(), score.speechRecall(),
                score.cueAccuracy(), score.sourceAccuracy(), seeds.recall(), seeds.precision(), seeds.typeAccuracy(),
                copper.recall(), copper.precision(), copper.typeAccuracy());
    }

    /** Rules alone against rules with the trained cue model at several thresholds: the measured choice of 020. */
    private static void compareVariants(List<PolnearCorpus.Article> articles) {
        LanguageModels models = LanguageModels.englishFromClasspath();
        CueLexicon lexicon = CueLexicon.load();
        CueModel model = CueModel.fromClasspath().orElse(null);
        List<String> names = new ArrayList<>(List.of("rules"));
        List<CueJudge> judges = new ArrayList<>(List.of(CueJudge.rulesOnly(lexicon)));
        if (model != null) {
            for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
                names.add("rules+model@" + threshold);
                judges.add(new CueJudge(lexicon, model, threshold, 0));
            }
            names.add("rules+model@0.5,floor0.1");
            judges.add(new CueJudge(lexicon, model, 0.5, 0.1));
        }
        for (int v = 0; v < judges.size(); v++) {
            CueDetector variant = new CueDetector(models, lexicon, judges.get(v));
            PolnearScore score = new PolnearScore();
            long t0 = System.nanoTime();
            for (PolnearCorpus.Article article : articles) {
                score.add(article, variant.detect(article.text(), article.outlet()));
            }
            System.out.printf(Locale.ROOT, "VARIANT %-26s P=%.3f R=%.3f F1=%.3f R_speech=%.3f cue_acc=%.3f "
                            + "source_acc=%.3f (%.1f s)%n", names.get(v), score.precision(), score.recall(), score.f1(),
                    score.speechRecall(), score.cueAccuracy(), score.sourceAccuracy(), (System.nanoTime() - t0) / 1e9);
        }
    }

    private static void printExamples(PolnearScore score, Set<String> show, int limit) {
        if (show.contains("misses")) {
            List<PolnearScore.Outcome> missed = new ArrayList<>(score.outcomes.stream().filter(o -> !o.found()).toList());
            System.out.println("== relations not found (" + missed.size() + ")");
            missed.stream().limit(limit).forEach(o -> System.out.printf("MISS %s [%s] <%s> %s%n    in: %s%n",
                    o.article(), o.relation().cue(), o.relation().source(), clip(content(o)), clip(sentenceOf(o))));
        }
        if (show.contains("wrong")) {
            System.out.println("== attributed suggestions matching no marked content (" + score.wrongSuggestions.size() + ")");
            score.wrongSuggestions.stream().limit(limit).forEach(w -> System.out.printf("WRONG %s %s [%s] <%s> %s%n",
                    w.article(), w.suggestion().type(), w.suggestion().cue(), w.suggestion().sourceAsWritten(),
                    clip(w.suggestion().quote())));
        }
        if (show.contains("cues")) {
            score.outcomes.stream().filter(o -> Boolean.FALSE.equals(o.cueRight())).limit(limit)
                    .forEach(o -> System.out.printf("CUE marked [%s] suggested [%s] <%s> %s%n", o.relation().cue(),
                            o.best().cue(), o.best().sourceAsWritten(), clip(o.best().quote())));
        }
        if (show.contains("spans")) {
            List<PolnearScore.Outcome> spans = score.outcomes.stream().filter(o -> o.sameCue() != null).toList();
            System.out.println("== relations whose cue was found but whose content was not (" + spans.size() + ")");
            spans.stream().limit(limit).forEach(o -> System.out.printf("SPAN %s [%s] marked: %s%n    suggested %s <%s>: %s%n",
                    o.article(), o.relation().cue(), clip(content(o)), o.sameCue().type(), o.sameCue().sourceAsWritten(),
                    clip(o.sameCue().quote())));
        }
        if (show.contains("unattributed")) {
            score.asUnattributed.stream().limit(limit).forEach(u -> System.out.println("UNATTRIBUTED " + clip(u)));
        }
        if (show.contains("cuetable")) {
            System.out.println("== attributed suggestions by cue word: made, right, precision");
            score.byCue.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                    .forEach(e -> System.out.printf(Locale.ROOT, "CUEWORD %-16s %5d %5d %.2f%n", e.getKey(),
                            e.getValue()[0], e.getValue()[1], (double) e.getValue()[1] / e.getValue()[0]));
        }
        if (show.contains("sources")) {
            score.outcomes.stream().filter(o -> Boolean.FALSE.equals(o.sourceRight())).limit(limit)
                    .forEach(o -> System.out.printf("SOURCE marked <%s> [%s] suggested <%s> [%s] %s%n",
                            o.relation().source(), o.relation().cue(), o.best().sourceAsWritten(), o.best().cue(),
                            clip(o.best().quote())));
        }
    }

    /** The part of speech heading the cue of each missed relation: where recall is still to be had. */
    private static void cueTags(List<PolnearCorpus.Article> articles, PolnearScore score) {
        NlpPipeline pipeline = new NlpPipeline(LanguageModels.englishFromClasspath());
        CueLexicon lexicon = CueLexicon.load();
        CueJudge judge = CueJudge.of(lexicon, CueModel.fromClasspath());
        List<String> judgedMisses = new ArrayList<>();
        java.util.Map<String, Integer> tags = new java.util.TreeMap<>();
        java.util.Map<String, List<AnalysedSentence>> analysed = new java.util.HashMap<>();
        for (PolnearCorpus.Article a : articles) {
            analysed.put(a.name(), pipeline.analyse(a.text()));
        }
        for (PolnearScore.Outcome o : score.outcomes) {
            if (o.found()) {
                continue;
            }
            String tag = "none";
            outer:
            for (AnalysedSentence s : analysed.get(o.article())) {
                for (int i = 0; i < s.size(); i++) {
                    Token t = s.token(i);
                    if (t.start() >= o.relation().cueStart() && t.end() <= o.relation().cueEnd()
                            && !Set.of("AUX", "PART", "ADV").contains(t.tag())) {
                        boolean judged = t.tag().equals("VERB") && judge.cueAt(s, i).isPresent();
                        tag = t.tag() + (judged ? ":judged" : "") + (o.relation().source().isBlank() ? "/nosource" : "");
                        if (judged) {
                            judgedMisses.add("[" + o.relation().cue() + "] <" + o.relation().source() + "> " + clip(content(o))
                                    + "\n    in: " + clip(o.text().substring(s.start(), s.end())));
                        }
                        break outer;
                    }
                }
            }
            tags.merge(tag, 1, Integer::sum);
        }
        System.out.println("== missed relations by the tag heading their cue: " + tags);
        java.util.Collections.shuffle(judgedMisses, new java.util.Random(Long.getLong("polnear.seed", 1)));
        judgedMisses.stream().limit(40).forEach(m -> System.out.println("JUDGED " + m));
    }

    private static String content(PolnearScore.Outcome o) {
        return o.text().substring(o.relation().contentStart(), o.relation().contentEnd());
    }

    /** The paragraph around the content, for reading a miss in context. */
    private static String sentenceOf(PolnearScore.Outcome o) {
        String t = o.text();
        int from = t.lastIndexOf('\n', o.relation().contentStart()) + 1;
        int to = t.indexOf('\n', o.relation().contentEnd());
        return t.substring(from, to < 0 ? t.length() : to);
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 400 ? one : one.substring(0, 397) + "...";
    }
}
