package org.claimtrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits an article into sentences and POS-tagged tokens, keeping exact offsets into the text.
 *
 * <p>Thread safety: OpenNLP's {@code SentenceDetectorME}, {@code TokenizerME} and {@code POSTaggerME} keep
 * per-call state and must not be shared between threads. They are cheap to build over an already loaded
 * model, so {@link #analyse} builds its own set on every call and this class is safe to share.
 *
 * <p>Sentences never cross a line break: the normalised text puts captions, credits and teasers on lines
 * of their own, and a headline without a full stop must not be glued to the paragraph after it.
 */
final class NlpPipeline {

    /**
     * Words after which the UD-EWT sentence model wrongly breaks in news text: initials ("Sergei K. Shoigu"),
     * titles and month abbreviations ("Sept. 10").
     */
    private static final Pattern NOT_A_SENTENCE_END = Pattern.compile(
            "(?:^|\\s)(?:\\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Adm|Prof|St|Mt|Ft|Jr|Sr|No|Nos|"
                    + "Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|vs)\\.$");

    /** A quotation ending in "?" or "!" before its closing mark: the sentence goes on if a speech tag follows. */
    private static final Pattern QUESTION_QUOTE_END = Pattern.compile("[?!]['’\"”]+$");
    /** "Trump said.", "asked the senator.", "she wondered aloud": a speech tag closing a quoted question. */
    private static final Pattern SPEECH_TAG = Pattern.compile(
            "^(?:\\S+\\s+){0,6}?(?:said|says|asked|asks|added|adds|wrote|writes|told|tells|tweeted|replied|"
                    + "responded|shouted|yelled|exclaimed|continued|joked|wondered|recalled|declared|insisted)\\b");

    private final LanguageModels models;
    private final ArticleLayout layout = new ArticleLayout();

    NlpPipeline(LanguageModels models) {
        this.models = models;
    }

    /** Sentence spans only (no tagging): what the reader's "select sentence" key needs. */
    List<Span> sentences(String text) {
        var sentenceDetector = new SentenceDetectorME(models.sentences());
        List<Span> result = new ArrayList<>();
        for (ArticleLayout.Line line : layout.lines(text)) {
            String lineText = text.substring(line.start(), line.end());
            for (Span trimmed : repairBreaks(lineText, sentenceDetector.sentPosDetect(lineText))) {
                result.add(new Span(line.start() + trimmed.getStart(), line.start() + trimmed.getEnd()));
            }
        }
        return result;
    }

    List<AnalysedSentence> analyse(String text) {
        var sentenceDetector = new SentenceDetectorME(models.sentences());
        var tokenizer = new TokenizerME(models.tokens());
        var tagger = new POSTaggerME(models.partsOfSpeech(), POSTagFormat.UD);

        List<AnalysedSentence> result = new ArrayList<>();
        for (ArticleLayout.Line line : layout.lines(text)) {
            if (line.kind() == LineKind.AFTER_END) {
                continue; // teasers for other stories: no claims of this article, not worth tagging
            }
            String lineText = text.substring(line.start(), line.end());
            boolean runningText = line.kind() == LineKind.BODY || !TokenRepair.isTitleCase(lineText);
            for (Span trimmed : repairBreaks(lineText, sentenceDetector.sentPosDetect(lineText))) {
                int sentenceStart = line.start() + trimmed.getStart();
                String sentenceText = lineText.substring(trimmed.getStart(), trimmed.getEnd());
                // The models were trained on straight apostrophes: "Kim’s" must split like "Kim's".
                // The swap keeps every offset, as both are one UTF-16 unit.
                String tokenizerView = sentenceText.replace('\u2019', '\'');
                Span[] tokenSpans = tokenizer.tokenizePos(tokenizerView);
                String[] words = Span.spansToStrings(tokenSpans, sentenceText);
                String[] tags = tagger.tag(Span.spansToStrings(tokenSpans, tokenizerView));
                List<Token> tokens = new ArrayList<>(words.length);
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(sentenceStart + tokenSpans[i].getStart(),
                            sentenceStart + tokenSpans[i].getEnd(), words[i], mainTag(tags[i])));
                }
                tokens = TokenRepair.repair(tokens, runningText);
                if (!tokens.isEmpty()) {
                    result.add(new AnalysedSentence(sentenceStart, sentenceStart + sentenceText.length(),
                            List.copyOf(tokens), line.kind()));
                }
            }
        }
        return result;
    }

    /** "NOUN+PART" ("union’s"), "PRON+AUX" ("he’s"): the model's tag for a contracted word; the first part leads. */
    private static String mainTag(String tag) {
        int plus = tag.indexOf('+');
        return plus > 0 ? tag.substring(0, plus) : tag;
    }

    /**
     * Trims the detector's spans and joins those split after an initial, a title, before a lower-case word, and
     * between a quoted question and its speech tag ("“Is that all there is?” Trump said.").
     */
    private static List<Span> repairBreaks(String lineText, Span[] detected) {
        List<Span> repaired = new ArrayList<>();
        for (Span raw : detected) {
            Span s = raw.trim(lineText);
            if (s.length() == 0) {
                continue;
            }
            if (!repaired.isEmpty()) {
                Span previous = repaired.getLast();
                String before = lineText.substring(previous.getStart(), previous.getEnd());
                char next = lineText.charAt(s.getStart());
                String after = lineText.substring(s.getStart(), s.getEnd());
                boolean speechTag = QUESTION_QUOTE_END.matcher(before).find() && after.length() < 200
                        && SPEECH_TAG.matcher(after).find();
                if (NOT_A_SENTENCE_END.matcher(before).find() || Character.isLowerCase(next)
                        || Character.isDigit(next) || speechTag) {
                    repaired.set(repaired.size() - 1, new Span(previous.getStart(), s.getEnd()));
                    continue;
                }
            }
            repaired.add(s);
        }
        return repaired;
    }
}
