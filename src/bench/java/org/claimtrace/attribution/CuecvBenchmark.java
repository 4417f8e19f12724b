package org.claimtrace.attribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Chooses the cue model's threshold by cross-validation on the PolNeAR <b>train</b> split only (decision 020):
 * the train articles are cut into {@value #FOLDS} folds (article {@code i} in fold {@code i % FOLDS}); for each
 * fold a model is trained as {@link TraincuesBenchmark} trains the shipped one, on the other folds, and the
 * whole detector runs with it on the held-out fold at each threshold. The scores of the held-out folds are
 * pooled per threshold and scored as issue 17 defines it. The choice is the lowest threshold whose pooled
 * precision holds issue 17's floor of {@value #PRECISION_FLOOR} (the most recall the floor allows); F1 barely moves
 * between 0.2 and 0.5, so it cannot choose. Dev is not read. {@code ./mvnw -q -Pbench verify -Dbench=cuecv [-Dpolnear.dir=…]}
 */
public final class CuecvBenchmark {

    static final int FOLDS = 5;
    static final double PRECISION_FLOOR = 0.80;
    static final double[] THRESHOLDS = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6};

    private CuecvBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        var corpus = PolnearCorpus.forTraining();
        if (corpus.isEmpty()) {
            System.out.println("cuecv: docs=0 missing=" + PolnearCorpus.folder());
            return;
        }
        Path folder = corpus.get();
        LanguageModels models = LanguageModels.englishFromClasspath();
        NlpPipeline pipeline = new NlpPipeline(models);
        CueLexicon lexicon = CueLexicon.load();
        List<PolnearCorpus.Article> articles = PolnearCorpus.read(folder, "train");
        List<List<Event>> events = new ArrayList<>();
        for (PolnearCorpus.Article article : articles) {
            events.add(TraincuesBenchmark.events(List.of(article), pipeline, lexicon));
        }
        PolnearScore[] scores = new PolnearScore[THRESHOLDS.length];
        for (int t = 0; t < THRESHOLDS.length; t++) {
            scores[t] = new PolnearScore();
        }
        long t0 = System.nanoTime();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Event> training = new ArrayList<>();
            List<PolnearCorpus.Article> heldOut = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (i % FOLDS == fold) {
                    heldOut.add(articles.get(i));
                } else {
                    training.addAll(events.get(i));
                }
            }
            CueModel model = CueModel.of(train(training));
            for (int t = 0; t < THRESHOLDS.length; t++) {
                CueDetector detector = new CueDetector(models, lexicon, new CueJudge(lexicon, model, THRESHOLDS[t], 0));
                for (PolnearCorpus.Article article : heldOut) {
                    scores[t].add(article, detector.detect(article.text(), article.outlet()));
                }
            }
            System.out.printf(Locale.ROOT, "fold %d of %d done (%.0f s)%n", fold + 1, FOLDS, (System.nanoTime() - t0) / 1e9);
        }
        int best = -1;
        for (int t = 0; t < THRESHOLDS.length; t++) {
            PolnearScore s = scores[t];
            System.out.printf(Locale.ROOT, "CV threshold %.2f: P=%.3f R=%.3f F1=%.3f R_speech=%.3f cue_acc=%.3f "
                            + "source_acc=%.3f%n", THRESHOLDS[t], s.precision(), s.recall(), s.f1(), s.speechRecall(),
                    s.cueAccuracy(), s.sourceAccuracy());
            if (best < 0 && s.precision() >= PRECISION_FLOOR) {
                best = t;
            }
        }
        if (best < 0) {
            best = THRESHOLDS.length - 1;
        }
        PolnearScore chosen = scores[best];
        System.out.printf(Locale.ROOT, "cuecv: split=train folds=%d docs=%d threshold=%.2f P=%.3f R=%.3f F1=%.3f "
                        + "R_speech=%.3f%n", FOLDS, articles.size(), THRESHOLDS[best], chosen.precision(),
                chosen.recall(), chosen.f1(), chosen.speechRecall());
    }

    static MaxentModel train(List<Event> events) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, TraincuesBenchmark.ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, TraincuesBenchmark.CUTOFF);
        params.put("PrintMessages", false);
        return TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(events));
    }
}
