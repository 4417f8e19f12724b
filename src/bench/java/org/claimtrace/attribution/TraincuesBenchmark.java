package org.claimtrace.attribution;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains {@link CueModel} on the PolNeAR train split and writes it to
 * {@code src/main/resources/org/claimtrace/attribution/cue-verbs.bin.gz} (the corpus text is not in the model:
 * only feature weights). One event per verb outside quotations, labelled "cue" when the verb lies inside a
 * marked cue span of the first annotator. Prints the token-level precision and recall on dev per threshold.
 * {@code ./mvnw -q -Pbench verify -Dbench=traincues [-Dpolnear.dir=…]}
 */
public final class TraincuesBenchmark {

    static final int ITERATIONS = 150;
    static final int CUTOFF = 3;

    private TraincuesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        var corpus = PolnearCorpus.forTraining();
        if (corpus.isEmpty()) {
            return;
        }
        Path folder = corpus.get();
        NlpPipeline pipeline = new NlpPipeline(LanguageModels.englishFromClasspath());
        CueLexicon lexicon = CueLexicon.load();
        List<Event> train = events(PolnearCorpus.read(folder, "train"), pipeline, lexicon);
        List<Event> dev = events(PolnearCorpus.read(folder, "dev"), pipeline, lexicon);
        long cues = train.stream().filter(e -> e.getOutcome().equals(CueModel.CUE)).count();
        System.out.printf(Locale.ROOT, "train: %d verbs, %d cues; dev: %d verbs%n", train.size(), cues, dev.size());
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put("PrintMessages", false);
        long t0 = System.nanoTime();
        MaxentModel model = TrainerFactory.getEventTrainer(params, null)
                .train(ObjectStreamUtils.createObjectStream(train));
        System.out.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Path out = Path.of(System.getProperty("traincues.out",
                "src/main/resources/org/claimtrace/attribution/" + CueModel.RESOURCE));
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream data = new DataOutputStream(new GZIPOutputStream(file))) {
            new GenericModelWriter((AbstractModel) model, data).persist();
        }
        System.out.printf(Locale.ROOT, "wrote %s (%d KB)%n", out, Files.size(out) / 1024);
        int cueIndex = model.getIndex(CueModel.CUE);
        for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Event e : dev) {
                boolean predicted = model.eval(e.getContext())[cueIndex] >= threshold;
                boolean gold = e.getOutcome().equals(CueModel.CUE);
                tp += predicted && gold ? 1 : 0;
                fp += predicted && !gold ? 1 : 0;
                fn += !predicted && gold ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "dev verbs at %.1f: precision %.3f recall %.3f%n", threshold,
                    tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn));
        }
        System.out.printf(Locale.ROOT, "traincues: trainVerbs=%d trainCues=%d iterations=%d cutoff=%d sizeKb=%d%n",
                train.size(), cues, ITERATIONS, CUTOFF, Files.size(out) / 1024);
    }

    static List<Event> events(List<PolnearCorpus.Article> articles, NlpPipeline pipeline, CueLexicon lexicon) {
        List<Event> events = new ArrayList<>();
        for (PolnearCorpus.Article article : articles) {
            QuoteMarks quotes = QuoteMarks.of(article.text());
            for (AnalysedSentence s : pipeline.analyse(article.text())) {
                for (int i = 0; i < s.size(); i++) {
                    Token t = s.token(i);
                    if (!CueModel.isJudged(s, i, lexicon) || quotes.isQuoted(t.start(), t.end())) {
                        continue;
                    }
                    boolean cue = article.relations().stream()
                            .anyMatch(r -> r.cueStart() <= t.start() && t.end() <= r.cueEnd());
                    events.add(new Event(cue ? CueModel.CUE : CueModel.NOT_A_CUE, CueModel.features(s, i, lexicon)));
                }
            }
        }
        return events;
    }
}
