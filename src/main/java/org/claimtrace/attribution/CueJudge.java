package org.claimtrace.attribution;

import java.util.Optional;

/**
 * Decides which verbs are cues: the lexicon's verbs, and — when {@link CueModel} is there — the verbs the model
 * judges cues in their sentence with at least {@link #LEARNED_THRESHOLD}, while a lexicon verb the model finds
 * very unlikely in its context ("a group called Third Way") is passed over. The threshold was chosen by 5-fold
 * cross-validation on the PolNeAR train split ({@code -Dbench=cuecv}): the lowest whose held-out precision keeps
 * 0.80; decision 020 records the figures, and dev only reports them.
 */
record CueJudge(CueLexicon lexicon, CueModel model, double learnedThreshold, double lexiconFloor) {

    static final double LEARNED_THRESHOLD = 0.3;
    static final double LEXICON_FLOOR = 0.0;

    static CueJudge of(CueLexicon lexicon, Optional<CueModel> model) {
        return new CueJudge(lexicon, model.orElse(null), LEARNED_THRESHOLD, LEXICON_FLOOR);
    }

    static CueJudge rulesOnly(CueLexicon lexicon) {
        return new CueJudge(lexicon, null, 1.1, 0);
    }

    Optional<CueLexicon.CueVerb> cueAt(AnalysedSentence s, int i) {
        Token t = s.token(i);
        if (lexicon.section("speech-tag").contains(t.lower()) && tagsAQuotation(s, i)) {
            return Optional.of(new CueLexicon.CueVerb(CueLexicon.CueKind.SAYING, Stance.NEUTRAL));
        }
        Optional<CueLexicon.CueVerb> listed = lexicon.cueVerb(t.lower());
        if (model == null) {
            return listed;
        }
        if (listed.isPresent()) {
            return lexiconFloor <= 0 || model.probability(s, i, lexicon) >= lexiconFloor ? listed : Optional.empty();
        }
        if (!t.tag().equals("VERB") || lexicon.section("not-a-cue").contains(t.lower())
                || lexicon.refusals().contains(t.lower()) || model.probability(s, i, lexicon) < learnedThreshold) {
            return Optional.empty();
        }
        return Optional.of(new CueLexicon.CueVerb(CueLexicon.CueKind.LEARNED, Stance.NEUTRAL));
    }

    /**
     * "“…,” she continued." or "He continued, “…”": right next to a quotation, a verb of going on is a speech tag,
     * though "he continued to campaign" is no cue. The subject between the quotation's ",”" and the verb is a few
     * words.
     */
    static boolean tagsAQuotation(AnalysedSentence s, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            String w = s.token(k).text();
            if (w.matches("[”\"’']+|''")) {
                return k > 0 && s.token(k - 1).text().matches("[,?!]"); // a speech tag's ",”", not "the ‘reform’"
            }
            if (SentenceShape.isBoundary(s.token(k))) {
                break;
            }
        }
        return i + 2 < s.size() && s.token(i + 1).text().matches("[,:]") && s.token(i + 2).text().matches("[“\"‘']+|``|''");
    }
}
