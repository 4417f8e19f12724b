package org.claimtrace.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes claim annotations for an article: one per sentence that carries an attribution cue, plus
 * unsourced checkable sentences of the article body as {@link AttributionType#UNATTRIBUTED}.
 *
 * <p>Spans: the claim content, trimmed by {@link ClaimBoundaries} — the sentence minus its attribution
 * clause when the clause stands at the start or end ("…, the officials said."), the quoted words for direct
 * speech, and the whole sentence when the cue sits inside it ("…, an official said, is …", "reportedly").
 *
 * <p>Unattributed suggestions are only made on body paragraphs (not captions, bylines, teasers or what
 * follows "More from …"), for sentences with a finite verb and something specific to check (a name or a
 * number), not in the first person and not a note about sourcing ("declined to", "not authorized to").
 * They score at most 0.4 so the UI can hide them below a threshold. A sentence without its own cue is not
 * credited to the source of the sentence before it: the text does not say so, and docs/domain.md counts such
 * a sentence as unattributed.
 *
 * <p>Pronoun sources ("she said", "they said") take the type of the nearest earlier attribution that fits
 * (a named person for he/she) within {@value #ANTECEDENT_WINDOW} sentences; the source as written stays the
 * pronoun, and the score is lowered because the resolution is a guess.
 *
 * <p>Thread-safe: build one instance (loading the models takes a second or so) and share it.
 */
public final class CueDetector {

    static final int ANTECEDENT_WINDOW = 4;
    private static final double UNATTRIBUTED_SCORE = 0.35;
    private static final double HEDGED_UNATTRIBUTED_SCORE = 0.4;
    private static final double PRONOUN_PENALTY = 0.15;
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "our", "my", "me", "ours");

    private final NlpPipeline pipeline;
    private final CueLexicon lexicon;
    private final AttributionFinder finder;
    private final SourceClassifier classifier;

    /** Loads the English OpenNLP models and the cue lexicon from the classpath. */
    public CueDetector() {
        this(LanguageModels.englishFromClasspath(), CueLexicon.load(), CueModel.fromClasspath());
    }

    CueDetector(LanguageModels models, CueLexicon lexicon, Optional<CueModel> model) {
        this(models, lexicon, CueJudge.of(lexicon, model));
    }

    CueDetector(LanguageModels models, CueLexicon lexicon, CueJudge judge) {
        this.pipeline = new NlpPipeline(models);
        this.lexicon = lexicon;
        this.finder = new AttributionFinder(lexicon, judge);
        this.classifier = new SourceClassifier(lexicon);
    }

    /** The sentence containing the offset (or the nearest one after it), as [start, end) offsets. */
    public Optional<int[]> sentenceAt(String text, int offset) {
        for (var sentence : pipeline.sentences(text)) {
            if (offset < sentence.getEnd()) {
                return Optional.of(new int[]{sentence.getStart(), sentence.getEnd()});
            }
        }
        return Optional.empty();
    }

    /** Suggestions for the normalised article text, sorted by start offset, not knowing its outlet. */
    public List<ClaimSuggestion> detect(String text) {
        return detect(text, "");
    }

    /**
     * Suggestions for the normalised article text, sorted by start offset. {@code outletName} is the outlet
     * that published it (empty when unknown): its own name as a source ("reviewed by The Times") is its own
     * reporting, not another outlet.
     */
    public List<ClaimSuggestion> detect(String text, String outletName) {
        OutletName outlet = OutletName.of(outletName);
        List<AnalysedSentence> sentences = pipeline.analyse(text);
        QuoteMarks quotes = QuoteMarks.of(text);
        List<List<FoundAttribution>> found = new ArrayList<>(sentences.size());
        for (AnalysedSentence sentence : sentences) {
            found.add(finder.find(text, sentence, quotes));
        }
        QuoteExtension extension = new QuoteExtension(text, sentences, found, quotes);
        List<ClaimSuggestion> suggestions = new ArrayList<>();
        List<Resolved> recent = new ArrayList<>();
        for (int index = 0; index < sentences.size(); index++) {
            AnalysedSentence sentence = sentences.get(index);
            int sentenceIndex = index + 1;
            recent.removeIf(r -> sentenceIndex - r.sentenceIndex() > ANTECEDENT_WINDOW);
            for (FoundAttribution f : found.get(index)) {
                FoundAttribution whole = extension.extend(index, f);
                Resolved resolved = resolve(text, sentence, whole, recent, sentenceIndex, outlet);
                toSuggestion(text, resolved).ifPresent(suggestions::add);
                recent.add(resolved);
            }
            if (found.get(index).isEmpty() && !extension.isCovered(index) && sentence.line() == LineKind.BODY
                    && isCheckable(text, sentence)) {
                unattributed(text, sentence).ifPresent(suggestions::add);
            }
        }
        suggestions.sort(Comparator.comparingInt(ClaimSuggestion::start));
        return List.copyOf(suggestions);
    }

    private record Resolved(FoundAttribution found, AttributionType type, Stance stance, double score,
            int sentenceIndex) {
    }

    private Resolved resolve(String text, AnalysedSentence sentence, FoundAttribution f, List<Resolved> recent,
            int index, OutletName outlet) {
        AttributionType type;
        double score = f.score();
        if (f.fixedType() != null) {
            type = f.fixedType();
        } else if (AttributionFinder.isPronoun(f.sourceTokens())) {
            type = antecedentType(f.sourceTokens().getFirst().lower(), recent);
            score -= PRONOUN_PENALTY;
        } else {
            type = classifier.classify(f.sourceTokens(), outlet);
        }
        return new Resolved(f, type, stanceOf(text, sentence, f), score, index);
    }

    private static AttributionType antecedentType(String pronoun, List<Resolved> recent) {
        boolean person = pronoun.equals("he") || pronoun.equals("she");
        for (int i = recent.size() - 1; i >= 0; i--) {
            AttributionType t = recent.get(i).type();
            if (!person || t == AttributionType.NAMED_PERSON) {
                return t;
            }
        }
        if (person) {
            return AttributionType.NAMED_PERSON;
        }
        return pronoun.equals("it") ? AttributionType.NAMED_INSTITUTION : AttributionType.ANONYMOUS_VAGUE;
    }

    /** The cue's own stance, or a hedge or distancing word elsewhere in the sentence when the cue is neutral. */
    private Stance stanceOf(String text, AnalysedSentence sentence, FoundAttribution f) {
        if (f.cueStance() != Stance.NEUTRAL) {
            return f.cueStance();
        }
        String s = text.substring(sentence.start(), sentence.end());
        if (lexicon.distancing().occursIn(s)) {
            return Stance.DISTANCING;
        }
        return lexicon.hedges().occursIn(s) ? Stance.HEDGED : Stance.NEUTRAL;
    }

    /**
     * The suggestion for a resolved attribution. The type was decided on the whole source phrase ("an official
     * who spoke on condition of anonymity" is a described source); the source as written leaves out the
     * anonymity clause, which becomes the anonymity reason.
     */
    private Optional<ClaimSuggestion> toSuggestion(String text, Resolved r) {
        FoundAttribution f = r.found();
        int[] span = ClaimBoundaries.trim(text, f.contentStart(), f.contentEnd());
        if (span[1] <= span[0]) {
            return Optional.empty();
        }
        AnonymityClause source = AnonymityClause.of(text, f.sourceTokens(), lexicon);
        String asWritten = f.hasSource()
                ? text.substring(source.source().getFirst().start(), source.source().getLast().end()) : "";
        return Optional.of(new ClaimSuggestion(span[0], span[1], text.substring(span[0], span[1]), r.type(),
                text.substring(f.cueStart(), f.cueEnd()), f.cueStart(), f.cueEnd(), asWritten, source.reason(),
                r.stance(), clamp(r.score())));
    }

    private Optional<ClaimSuggestion> unattributed(String text, AnalysedSentence sentence) {
        int[] span = ClaimBoundaries.trim(text, sentence.start(), sentence.end());
        if (span[1] <= span[0]) {
            return Optional.empty();
        }
        String s = text.substring(sentence.start(), sentence.end());
        Optional<PhraseList.Match> distancing = lexicon.distancing().find(s);
        Optional<PhraseList.Match> hedge = lexicon.hedges().find(s);
        Optional<PhraseList.Match> cue = distancing.or(() -> hedge);
        Stance stance = distancing.isPresent() ? Stance.DISTANCING
                : hedge.isPresent() ? Stance.HEDGED : Stance.NEUTRAL;
        int cueStart = cue.map(m -> sentence.start() + m.start()).orElse(-1);
        int cueEnd = cue.map(m -> sentence.start() + m.end()).orElse(-1);
        return Optional.of(new ClaimSuggestion(span[0], span[1], text.substring(span[0], span[1]),
                AttributionType.UNATTRIBUTED, cue.map(m -> text.substring(cueStart, cueEnd)).orElse(""),
                cueStart, cueEnd, "", "", stance, cue.isPresent() ? HEDGED_UNATTRIBUTED_SCORE : UNATTRIBUTED_SCORE));
    }

    /** A statement of fact worth checking: a name or number, not a caption fragment, first person or question. */
    private boolean isCheckable(String text, AnalysedSentence sentence) {
        String s = text.substring(sentence.start(), sentence.end()).strip();
        if (s.endsWith("?") || lexicon.refusals().occursIn(s)) {
            return false;
        }
        boolean anyVerb = false;
        boolean finiteVerb = false;
        boolean specific = false;
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.token(i);
            String word = t.lower().split("[’']", 2)[0]; // "we’ll" is first person too
            if (FIRST_PERSON.contains(word) || t.text().equals("us")) {
                return false;
            }
            if (t.isVerb()) {
                anyVerb = true;
                if (!t.lower().endsWith("ing") && (i == 0 || !sentence.token(i - 1).lower().equals("to"))) {
                    finiteVerb = true;
                }
            }
            if (t.isProperNoun() || t.tag().equals("NUM")) {
                specific = true;
            }
        }
        // Only "-ing" verbs is the shape of alt text and captions ("Kim wearing a dark suit…"); no verb at
        // all is usually a tagging slip ("Kim wants/NOUN …"), so the sentence is kept.
        boolean participlesOnly = anyVerb && !finiteVerb;
        return specific && !participlesOnly;
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(1, score));
    }
}
