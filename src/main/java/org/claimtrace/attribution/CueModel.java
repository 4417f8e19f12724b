package org.claimtrace.attribution;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy classifier (OpenNLP) that tells whether a verb, in its sentence, is the cue of an
 * attribution: "Clinton <b>endorsed</b> the plan" and "voters <b>believe</b> the economy …" are, "the group
 * <b>called</b> Third Way" and "he <b>continued</b> to campaign" are not. It sees the word, its neighbours and
 * tags, what kind of subject it has and what follows it; the rules around it still find source and content.
 *
 * <p>Trained on the PolNeAR train split by {@code ./mvnw -q -Pbench verify -Dbench=traincues}, which writes
 * {@value #RESOURCE}; its provenance is in decision 020. Without the resource the detector runs on its lexicon
 * alone. Immutable and safe to share: OpenNLP's {@code MaxentModel.eval} keeps no state.
 */
final class CueModel {

    static final String RESOURCE = "cue-verbs.bin.gz";
    static final String CUE = "cue";
    static final String NOT_A_CUE = "no";

    private final MaxentModel model;
    private final int cueIndex;

    private CueModel(MaxentModel model) {
        this.model = model;
        this.cueIndex = model.getIndex(CUE);
    }

    /** The shipped model, or empty when the resource is absent (rules only). */
    static Optional<CueModel> fromClasspath() {
        try (InputStream in = CueModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static CueModel read(InputStream gzipped) throws IOException {
        var reader = new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new GZIPInputStream(gzipped))));
        return new CueModel(reader.getModel());
    }

    static CueModel of(MaxentModel model) {
        return new CueModel(model);
    }

    /** How likely the verb at {@code i} is an attribution cue, 0 to 1. */
    double probability(AnalysedSentence s, int i, CueLexicon lexicon) {
        return model.eval(features(s, i, lexicon))[cueIndex];
    }

    /** The verbs the model judges: what the tagger calls a verb, and lexicon words it mistags. */
    static boolean isJudged(AnalysedSentence s, int i, CueLexicon lexicon) {
        Token t = s.token(i);
        return t.tag().equals("VERB") || lexicon.cueVerb(t.lower()).isPresent();
    }

    /** The context of one verb, as the model's string features. Shared by training and detection. */
    static String[] features(AnalysedSentence s, int i, CueLexicon lexicon) {
        List<String> f = new ArrayList<>(32);
        Token t = s.token(i);
        String w = t.lower();
        f.add("w=" + w);
        f.add("suffix=" + (w.length() > 3 ? w.substring(w.length() - 3) : w));
        f.add("t=" + t.tag());
        f.add("lex=" + lexicon.cueVerb(w).map(c -> c.kind().name()).orElse("none"));
        f.add("line=" + s.line());
        String previous = i > 0 ? s.token(i - 1).lower() : "<s>";
        String previousTag = i > 0 ? s.token(i - 1).tag() : "<s>";
        String next = i + 1 < s.size() ? s.token(i + 1).lower() : "</s>";
        String nextTag = i + 1 < s.size() ? s.token(i + 1).tag() : "</s>";
        String afterNext = i + 2 < s.size() ? s.token(i + 2).lower() : "</s>";
        f.add("pw=" + previous);
        f.add("pt=" + previousTag);
        f.add("nw=" + next);
        f.add("nt=" + nextTag);
        f.add("nnw=" + afterNext);
        f.add("w+nw=" + w + "|" + next);
        f.add("w+nt=" + w + "|" + nextTag);
        f.add("pt+w=" + previousTag + "|" + w);
        f.add("pt+nt=" + previousTag + "|" + nextTag);
        int subjectEnd = SourcePhrases.subjectEnd(s, i);
        f.add("before=" + (subjectEnd < 0 ? "<s>" : s.token(subjectEnd).tag().equals("PUNCT")
                ? s.token(subjectEnd).text() : s.token(subjectEnd).tag()));
        int[] subject = SourcePhrases.before(s, i, 0);
        String subjectKind = subjectKind(s, subject, lexicon);
        f.add("subj=" + subjectKind);
        f.add("subj+w=" + subjectKind + "|" + w);
        f.add("follows=" + follows(s, i));
        f.add("w+follows=" + w + "|" + follows(s, i));
        f.add("subj+follows=" + subjectKind + "|" + follows(s, i));
        f.add("position=" + (i == 0 ? "first" : i + 2 >= s.size() ? "last" : "middle"));
        return f.toArray(String[]::new);
    }

    private static String subjectKind(AnalysedSentence s, int[] subject, CueLexicon lexicon) {
        if (subject == null) {
            return "none";
        }
        Token head = s.token(subject[1] - 1);
        for (int k = subject[0]; k < subject[1]; k++) {
            if (lexicon.anonymousHeads().contains(s.token(k).lower())) {
                return "anonymous";
            }
        }
        if (head.tag().equals("PRON")) {
            return "pron:" + head.lower();
        }
        for (int k = subject[0]; k < subject[1]; k++) {
            if (s.token(k).isProperNoun()) {
                return "name";
            }
            if (lexicon.documents().contains(s.token(k).lower())) {
                return "record";
            }
        }
        return "noun";
    }

    /** What the verb is followed by: "that", a quotation, a colon, "to", a noun phrase, the end … */
    private static String follows(AnalysedSentence s, int i) {
        int k = i + 1;
        while (k < s.size() && s.token(k).tag().equals("ADV")) {
            k++;
        }
        if (k >= s.size() || s.token(k).text().matches("[.!?]")) {
            return "end";
        }
        Token n = s.token(k);
        String w = n.lower();
        if (w.equals("that")) {
            return "that";
        }
        if (SentenceShape.isBoundary(n)) {
            return n.text().matches("[“\"‘']+") ? "quote" : n.text();
        }
        if (w.equals("to")) {
            return "to";
        }
        return n.tag();
    }
}
