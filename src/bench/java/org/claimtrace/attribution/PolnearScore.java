package org.claimtrace.attribution;

import org.claimtrace.attribution.PolnearCorpus.Relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores suggestions against PolNeAR's marked relations exactly as issue 17 defines it, so figures compare
 * across runs and across people:
 * <ul>
 *   <li>a relation is <b>found</b> when a suggestion's span has character-level F1 ≥ 0.5 with the relation's
 *   content; when the relation marks a source, the suggestion must be typed other than UNATTRIBUTED;</li>
 *   <li><b>precision</b> is over suggestions not typed UNATTRIBUTED (the corpus marks no unattributed
 *   claims): one is right when its F1 with some marked content is ≥ 0.5;</li>
 *   <li><b>cue accuracy</b>, over found relations (the best-overlapping finding suggestion): the suggested cue
 *   contains a word of the marked cue;</li>
 *   <li><b>source accuracy</b>, over found relations whose marked source has a word other than a pronoun:
 *   the suggested source shares such a word. Where the annotator swapped cue and source ("says" marked as
 *   the source), either reading is accepted;</li>
 *   <li>recall is also given for relations whose cue has a verb of speech of {@link #SPEECH}.</li>
 * </ul>
 * "A word" is a run of letters or digits, lower-cased. Articles, prepositions and possessive "s" do not
 * count as shared words (so "the officials" and "the campaign" do not share a source), unless the marked
 * cue has nothing else ("to").
 */
final class PolnearScore {

    static final Set<String> SPEECH = Set.of("said", "says", "told", "according", "added", "wrote", "stated",
            "announced", "reported", "reportedly", "claimed", "argued", "insisted", "noted", "explained",
            "asserted", "acknowledged", "warned", "confirmed", "denied");
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "we", "us", "our", "you", "your", "he",
            "him", "his", "she", "her", "it", "its", "they", "them", "their", "himself", "herself", "itself",
            "themselves", "who", "whom", "this", "that", "these", "those", "one", "someone", "some");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at",
            "by", "for", "with", "from", "and", "or", "s");
    /** Verbs that, marked as the source, show the annotator swapped source and cue. */
    private static final Set<String> CUE_LIKE = Set.of("say", "says", "said", "saying", "told", "tell", "tells",
            "according", "added", "wrote", "writes", "reported", "reports", "noted", "notes", "claimed",
            "claims", "argued", "argues", "believes", "believe", "thinks", "think", "found", "shows", "show");

    /** One relation's outcome, kept for the printed lists of misses. */
    record Outcome(String article, String text, Relation relation, ClaimSuggestion best, boolean found,
            boolean speech, Boolean cueRight, Boolean sourceRight, ClaimSuggestion sameCue) {
    }

    record Wrong(String article, String text, ClaimSuggestion suggestion) {
    }

    /** Per cue word: attributed suggestions made and right, for tuning the lexicon on train. */
    final java.util.Map<String, int[]> byCue = new java.util.TreeMap<>();
    /** Marked relations missed although an UNATTRIBUTED suggestion has their content: the complaint. */
    int missedAsUnattributed;
    final List<String> asUnattributed = new ArrayList<>();

    final List<Outcome> outcomes = new ArrayList<>();
    final List<Wrong> wrongSuggestions = new ArrayList<>();
    int documents;
    int attributedSuggestions;
    int rightSuggestions;

    void add(PolnearCorpus.Article article, List<ClaimSuggestion> suggestions) {
        documents++;
        for (ClaimSuggestion s : suggestions) {
            if (s.type() == AttributionType.UNATTRIBUTED) {
                continue;
            }
            attributedSuggestions++;
            boolean right = article.relations().stream()
                    .anyMatch(r -> f1(s.start(), s.end(), r.contentStart(), r.contentEnd()) >= 0.5);
            String cueWord = s.cue().isBlank() ? "(none)" : s.cue().toLowerCase(Locale.ROOT).split("\\s+")[0];
            int[] counts = byCue.computeIfAbsent(cueWord, k -> new int[2]);
            counts[0]++;
            counts[1] += right ? 1 : 0;
            if (right) {
                rightSuggestions++;
            } else {
                wrongSuggestions.add(new Wrong(article.name(), article.text(), s));
            }
        }
        for (Relation r : article.relations()) {
            ClaimSuggestion best = null;
            double bestF1 = 0;
            for (ClaimSuggestion s : suggestions) {
                if (r.marksSource() && s.type() == AttributionType.UNATTRIBUTED) {
                    continue;
                }
                double f = f1(s.start(), s.end(), r.contentStart(), r.contentEnd());
                if (f > bestF1) {
                    bestF1 = f;
                    best = s;
                }
            }
            boolean found = bestF1 >= 0.5;
            boolean speech = !shared(words(r.cue()), SPEECH).isEmpty();
            Boolean cueRight = null;
            Boolean sourceRight = null;
            if (found) {
                boolean swapped = isSwapped(r);
                cueRight = cueMatches(best.cue(), r.cue()) || (swapped && cueMatches(best.cue(), r.source()));
                Set<String> marked = sourceWords(r.source());
                if (swapped) {
                    sourceRight = sourceMatches(best.sourceAsWritten(), r.source())
                            || sourceMatches(best.sourceAsWritten(), r.cue());
                } else if (!marked.isEmpty()) {
                    sourceRight = sourceMatches(best.sourceAsWritten(), r.source());
                }
            }
            if (!found && suggestions.stream().anyMatch(x -> x.type() == AttributionType.UNATTRIBUTED
                    && f1(x.start(), x.end(), r.contentStart(), r.contentEnd()) >= 0.5)) {
                missedAsUnattributed++;
                asUnattributed.add(r.cue() + " | " + r.source() + " | "
                        + article.text().substring(r.contentStart(), r.contentEnd()).replace('\n', ' '));
            }
            ClaimSuggestion sameCue = found ? null : suggestions.stream()
                    .filter(x -> x.cueStart() >= 0 && x.cueStart() < r.cueEnd() && r.cueStart() < x.cueEnd())
                    .findFirst().orElse(null);
            outcomes.add(new Outcome(article.name(), article.text(), r, found ? best : null, found, speech,
                    cueRight, sourceRight, sameCue));
        }
    }

    static double f1(int aStart, int aEnd, int bStart, int bEnd) {
        int overlap = Math.min(aEnd, bEnd) - Math.max(aStart, bStart);
        if (overlap <= 0) {
            return 0;
        }
        double p = (double) overlap / (aEnd - aStart);
        double r = (double) overlap / (bEnd - bStart);
        return 2 * p * r / (p + r);
    }

    private static boolean isSwapped(Relation r) {
        return !shared(words(r.source()), CUE_LIKE).isEmpty()
                && shared(words(r.cue()), CUE_LIKE).isEmpty();
    }

    private static boolean cueMatches(String suggested, String marked) {
        Set<String> markedWords = words(marked);
        Set<String> content = new HashSet<>(markedWords);
        content.removeAll(FUNCTION_WORDS);
        return !shared(words(suggested), content.isEmpty() ? markedWords : content).isEmpty();
    }

    private static boolean sourceMatches(String suggested, String marked) {
        return !shared(sourceWords(suggested), sourceWords(marked)).isEmpty();
    }

    private static Set<String> sourceWords(String text) {
        Set<String> w = words(text);
        w.removeAll(PRONOUNS);
        w.removeAll(FUNCTION_WORDS);
        return w;
    }

    static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toCollection(HashSet::new));
    }

    double precision() {
        return attributedSuggestions == 0 ? 0 : (double) rightSuggestions / attributedSuggestions;
    }

    double recall() {
        return share(outcomes.stream().filter(Outcome::found).count(), outcomes.size());
    }

    double speechRecall() {
        List<Outcome> speech = outcomes.stream().filter(Outcome::speech).toList();
        return share(speech.stream().filter(Outcome::found).count(), speech.size());
    }

    long speechRelations() {
        return outcomes.stream().filter(Outcome::speech).count();
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double cueAccuracy() {
        List<Outcome> judged = outcomes.stream().filter(o -> o.cueRight() != null).toList();
        return share(judged.stream().filter(Outcome::cueRight).count(), judged.size());
    }

    double sourceAccuracy() {
        List<Outcome> judged = outcomes.stream().filter(o -> o.sourceRight() != null).toList();
        return share(judged.stream().filter(Outcome::sourceRight).count(), judged.size());
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static Set<String> shared(Set<String> a, Set<String> b) {
        Set<String> r = new HashSet<>(a);
        r.retainAll(b);
        return r;
    }
}
