package org.claimtrace.report;

import org.claimtrace.article.ArticleParagraphs;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.AttributionType;
import org.claimtrace.attribution.Stance;
import org.jspecify.annotations.Nullable;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one anonymous appearance against the AP's rules for anonymous sources: described as specifically as
 * possible, the story says why anonymity was granted and how the source knows, and the material is information
 * rather than opinion or speculation. Each answer is yes, no or unknown, with the words that answer it: what the
 * editor recorded (anonymity reason, basis of knowledge, source as written), else the article's own sentence.
 *
 * <p>Reading the text is a heuristic made of the phrases newsrooms use ("not authorized to discuss", "on
 * condition of anonymity", "briefed on", "familiar with"); it is shown as a help for the editor, who has the
 * last word and can record the answer in the attribution form.
 */
public final class AnonymityAudit {

    public enum Question {
        SPECIFIC_DESCRIPTION("Is the source described as specifically as possible?"),
        REASON_STATED("Does the story say why the source is anonymous?"),
        BASIS_OF_KNOWLEDGE("Does it say how the source knows?"),
        INFORMATION_NOT_OPINION("Is it information rather than opinion or speculation?");

        private final String asks;

        Question(String asks) {
            this.asks = asks;
        }

        public String asks() {
            return asks;
        }
    }

    public enum Answer { YES, NO, UNKNOWN }

    /** One answer and the words it rests on; {@code where} says where those words were found. */
    public record Finding(Question question, String asks, Answer answer, @Nullable String words, @Nullable String where) {
        static Finding of(Question question, Answer answer, @Nullable String words, @Nullable String where) {
            return new Finding(question, question.asks(), answer, words, where);
        }
    }

    private static final int WORDS_MAX = 240;

    private static final Pattern VAGUE = Pattern.compile("^(?:(?:an?|the|some|several|many|other|one|two|three|four|a few|"
            + "u\\.?s\\.?|us|american|western|foreign|senior|top|administration|government)\\s+)*"
            + "(?:officials?|sources?|people|persons?|insiders?|they|he|she|someone)$");
    private static final Pattern REASON = Pattern.compile("not (?:authori[sz]ed|permitted|allowed|cleared) to (?:speak|discuss|comment|talk|be)"
            + "|condition (?:of|that (?:they|he|she) not be) (?:anonymity|named|identified)"
            + "|(?:requested|asked for|insisted on|demanded|granted|were granted|was granted|spoke on|speaking on) anonymity"
            + "|asked not to be (?:named|identified)|(?:declined|refused) to be (?:named|identified)|spoke anonymously"
            + "|so (?:they|he|she) could speak (?:freely|candidly)"
            + "|because (?:of )?(?:the )?(?:sensitivity|sensitive nature)"
            + "|fear(?:ing|ed|s)? (?:of )?(?:reprisals?|retaliation|retribution)"
            + "|to discuss (?:private|internal|confidential|classified|sensitive)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BASIS = Pattern.compile("briefed on|familiar with|with (?:direct |first-hand |firsthand )?knowledge of"
            + "|(?:who|that) (?:saw|has seen|had seen|have seen|reviewed|read|attended|witnessed|was present|were present|participated|took part)"
            + "|involved in|close to (?:the|him|her|them)|present at|with access to|privy to|who (?:was|were) (?:told|shown|in the room)"
            + "|(?:who|that) (?:had|has|have) (?:been )?(?:told|shown|seen)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPINION = Pattern.compile("\\b(?:should|ought to|must|believes?|believed(?! to)|thinks?|feels?|in (?:my|our|his|her|their) (?:view|opinion)"
            + "|hopes?|deserves?|wrong|mistake|unacceptable|outrageous|disgrace\\w*|shameful|terrible|reckless)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPECULATION = Pattern.compile("\\b(?:could|might|may|possibly|perhaps|probably|likely|unlikely|appears? to|seems? to"
            + "|believed to|expected to|speculat\\w*|rumou?r\\w*)\\b", Pattern.CASE_INSENSITIVE);

    private AnonymityAudit() {
    }

    /** The four answers for one anonymous appearance: the span {@code [start, end)} of {@code text}. */
    public static List<Finding> of(Attribution attribution, String quote, int start, int end, String text) {
        var context = new Context(text == null ? "" : text, Math.max(0, start), Math.max(start, end), noun(attribution.getSourceAsWritten()));
        return List.of(description(attribution), reason(attribution, context), basis(attribution, context),
                information(attribution, quote));
    }

    static Finding description(Attribution attribution) {
        var source = blankToNull(attribution.getSourceAsWritten());
        var type = attribution.getTypeCode();
        if (AttributionType.ANONYMOUS_DESCRIBED.name().equals(type)) {
            return Finding.of(Question.SPECIFIC_DESCRIPTION, Answer.YES, source, "typed Anonymous, described");
        }
        if (AttributionType.ANONYMOUS_VAGUE.name().equals(type)) {
            return Finding.of(Question.SPECIFIC_DESCRIPTION, Answer.NO, source, "typed Anonymous, vague");
        }
        if (source == null) {
            return Finding.of(Question.SPECIFIC_DESCRIPTION, Answer.UNKNOWN, null, "no source as written recorded");
        }
        boolean vague = VAGUE.matcher(source.toLowerCase(Locale.ROOT)).matches();
        return Finding.of(Question.SPECIFIC_DESCRIPTION, vague ? Answer.NO : Answer.YES, source, "source as written");
    }

    private static Finding reason(Attribution attribution, Context context) {
        var recorded = blankToNull(attribution.getAnonymityReason());
        if (recorded != null) {
            return Finding.of(Question.REASON_STATED, Answer.YES, recorded, "recorded by the editor");
        }
        return context.search(Question.REASON_STATED, REASON, true);
    }

    private static Finding basis(Attribution attribution, Context context) {
        var recorded = blankToNull(attribution.getBasisOfKnowledge());
        if (recorded != null) {
            return Finding.of(Question.BASIS_OF_KNOWLEDGE, Answer.YES, recorded, "recorded by the editor");
        }
        var source = blankToNull(attribution.getSourceAsWritten());
        if (source != null) {
            var m = BASIS.matcher(source);
            if (m.find()) {
                return Finding.of(Question.BASIS_OF_KNOWLEDGE, Answer.YES, source, "source as written");
            }
        }
        // how a source knows is said of that source: only words next to the claim count as an answer
        return context.search(Question.BASIS_OF_KNOWLEDGE, BASIS, false);
    }

    static Finding information(Attribution attribution, String quote) {
        var content = quote == null ? "" : quote;
        var opinion = OPINION.matcher(content);
        if (opinion.find()) {
            return Finding.of(Question.INFORMATION_NOT_OPINION, Answer.NO, around(content, opinion), "opinion words in the claim");
        }
        var speculation = SPECULATION.matcher(content);
        if (speculation.find()) {
            return Finding.of(Question.INFORMATION_NOT_OPINION, Answer.UNKNOWN, around(content, speculation), "speculation words in the claim");
        }
        if (attribution.getStance() == Stance.HEDGED) {
            return Finding.of(Question.INFORMATION_NOT_OPINION, Answer.UNKNOWN, blankToNull(attribution.getCue()), "hedged cue");
        }
        return Finding.of(Question.INFORMATION_NOT_OPINION, Answer.YES, shorten(content), "the claim states facts");
    }

    /** The last word of the source as written ("officials" of "American and allied officials"), singular. */
    private static String noun(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        var words = source.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ").strip().split("\\s+");
        var last = words[words.length - 1];
        return last.length() > 3 && last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
    }

    private record Context(String text, int start, int end, String noun) {

        /**
         * Yes when the pattern is in the claim's paragraph (or, when {@code nounCounts}, in a sentence about the same
         * kind of source, "officials"); unknown when the article has it only elsewhere; no when it has it nowhere.
         */
        Finding search(Question question, Pattern pattern, boolean nounCounts) {
            var paragraph = ArticleParagraphs.of(text).stream().filter(p -> p.start() <= start && start <= p.end()).findFirst().orElse(null);
            var m = pattern.matcher(text);
            String elsewhere = null;
            while (m.find()) {
                var sentence = sentenceAt(text, m.start());
                if (paragraph != null && m.start() >= paragraph.start() && m.end() <= paragraph.end()) {
                    return Finding.of(question, Answer.YES, sentence, "in the claim's paragraph");
                }
                if (nounCounts && noun != null && sentence.toLowerCase(Locale.ROOT).contains(noun)) {
                    return Finding.of(question, Answer.YES, sentence, "elsewhere in the article, of the same sources");
                }
                if (elsewhere == null) {
                    elsewhere = sentence;
                }
            }
            return elsewhere != null ? Finding.of(question, Answer.UNKNOWN, elsewhere, "elsewhere in the article; may concern another source")
                    : Finding.of(question, Answer.NO, null, "not recorded, and not in the article");
        }
    }

    static String sentenceAt(String text, int index) {
        var sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int end = sentences.following(Math.min(index, Math.max(0, text.length() - 1)));
        int begin = sentences.previous();
        if (end == BreakIterator.DONE) {
            end = text.length();
        }
        if (begin == BreakIterator.DONE) {
            begin = 0;
        }
        var paragraphStart = text.lastIndexOf('\n', index);
        var paragraphEnd = text.indexOf('\n', index);
        begin = Math.max(begin, paragraphStart + 1);
        end = Math.min(end, paragraphEnd < 0 ? text.length() : paragraphEnd);
        return shorten(text.substring(begin, end).strip());
    }

    private static String around(String content, Matcher m) {
        int from = Math.max(0, m.start() - 60);
        int to = Math.min(content.length(), m.end() + 60);
        return (from > 0 ? "\u2026" : "") + content.substring(from, to).strip() + (to < content.length() ? "\u2026" : "");
    }

    private static String shorten(String words) {
        return words.length() <= WORDS_MAX ? words : words.substring(0, WORDS_MAX - 1).strip() + "\u2026";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
