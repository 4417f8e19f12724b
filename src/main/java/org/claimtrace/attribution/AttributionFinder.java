package org.claimtrace.attribution;

import static org.claimtrace.attribution.SentenceShape.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the attribution in one sentence: the cue, the source it names and the claim content, using the
 * shapes news writing uses most.
 * <ul>
 *   <li>sentence-final: "Content, the officials said." — content is what precedes the attribution;</li>
 *   <li>sentence-initial: "U.S. officials say content", "A spokesman, John Kirby, said content",
 *       "According to X, content" — content is what follows;</li>
 *   <li>parenthetical: "Content, an official said, more content" — content is the whole sentence;</li>
 *   <li>quotation: "“Words,” she said in a statement." — content is the quoted words;</li>
 *   <li>adverbs and passives: "reportedly", "released by X" — content is the whole sentence;</li>
 *   <li>a relay tail ", citing X" — X becomes the source (the origin), the rest is content.</li>
 * </ul>
 * Only the first attribution of a sentence is reported: one suggestion per sentence keeps the editor's
 * queue short, and a second source in the same sentence is rare in the text we have seen.
 */
final class AttributionFinder {


    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "and", "while", "as", "though", "although",
            "because", "so", "yet", "when", "after", "since", "whereas", "or");
    private static final Set<String> BEFORE_VERB = Set.of("has", "have", "had", "also", "later", "previously",
            "again", "then", "repeatedly", "publicly", "privately", "would", "will", "did", "does", "do",
            "once", "earlier", "recently", "first", "all", "both");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");
    private static final Pattern STATEMENT_CUE = Pattern.compile(
            "^\\s+(?:in|on|at) (?:a|an|the) (?:written |joint |brief |televised |news |radio )?"
                    + "(?:statement|interview|post|news release|briefing|news conference|press conference|speech)"
                    + "(?: on [\\p{L}][\\p{L} ]{0,20}?(?=[\\s,.;]|$))?");

    /** Verbs the tagger often takes for plural nouns after a photo subject: "… state news shows Kim". */
    private static final Set<String> CAPTION_VERBS = Set.of("shows", "show", "showed", "shown", "depicts", "depict",
            "appears", "appear", "is", "are", "was", "were");
    private static final int MAX_SOURCE_TOKENS = 12;

    private final CueLexicon lexicon;

    AttributionFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Optional<FoundAttribution> find(String text, AnalysedSentence s) {
        Optional<FoundAttribution> citing = citingTail(s, lastContentToken(s));
        Optional<FoundAttribution> found = quotation(text, s);
        if (found.isEmpty()) {
            found = accordingTo(s, limitOf(s, citing));
        }
        if (found.isEmpty()) {
            found = sayingVerb(text, s, limitOf(s, citing));
        }
        if (found.isEmpty()) {
            found = reportedly(s, limitOf(s, citing));
        }
        if (found.isEmpty()) {
            found = passiveBy(text, s, lexicon.releasedBy(), 0.7);
        }
        if (found.isEmpty()) {
            found = passiveBy(text, s, lexicon.reviewedBy(), 0.65);
        }
        if (citing.isPresent()) {
            // the relay's origin is what the claim rests on: "the White House warned …, citing intelligence"
            FoundAttribution c = citing.get();
            return Optional.of(found
                    .map(f -> f.withSource(c.cueStart(), c.cueEnd(), c.sourceTokens(), c.cueStance(), c.score()))
                    .orElse(c));
        }
        return found;
    }

    /** Content stops before a relay tail: the comma before "citing". */
    private int limitOf(AnalysedSentence s, Optional<FoundAttribution> citing) {
        return citing.map(c -> indexOfToken(s, c.cueStart()) - 1).orElse(lastContentToken(s));
    }





    // ", citing declassified intelligence."
    private Optional<FoundAttribution> citingTail(AnalysedSentence s, int limit) {
        for (int i = 1; i < limit; i++) {
            if (s.token(i).lower().equals("citing") && s.token(i - 1).text().equals(",")) {
                int end = i + 1;
                while (end < limit && !isBoundary(s.token(end))) {
                    end++;
                }
                if (end == i + 1) {
                    return Optional.empty();
                }
                List<Token> source = s.tokens().subList(i + 1, end);
                return Optional.of(new FoundAttribution(s.token(i).start(), s.token(i).end(), source,
                        s.start(), s.token(i - 1).start(), Stance.NEUTRAL, 0.85, null));
            }
        }
        return Optional.empty();
    }

    // "“We urge …,” she said in a statement."   /   "“…,” said Mr. Kirby."
    private Optional<FoundAttribution> quotation(String text, AnalysedSentence s) {
        if (s.size() < 4 || !Set.of("“", "\"").contains(s.token(0).text())) {
            return Optional.empty();
        }
        String closing = s.token(0).text().equals("“") ? "”" : "\"";
        int close = -1;
        for (int i = 1; i < s.size(); i++) {
            if (s.token(i).text().equals(closing)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return Optional.empty();
        }
        int end = lastContentToken(s);
        for (int v = close + 1; v < Math.min(end, close + 9); v++) {
            Token verb = s.token(v);
            Optional<Stance> stance = lexicon.sayingVerb(verb.lower());
            if (stance.isEmpty() || !verb.isVerb()) {
                continue;
            }
            int from = close + 1;
            while (from < v && isBoundary(s.token(from))) {
                from++;
            }
            List<Token> source = from < v ? s.tokens().subList(from, v) : rightSource(s, v, end);
            if (source.isEmpty() || source.size() > MAX_APPOSITIVE_TOKENS) {
                return Optional.empty();
            }
            int cueEnd = extendCue(text, verb.end());
            return Optional.of(new FoundAttribution(verb.start(), cueEnd, source,
                    s.token(0).end(), s.token(close).start(), stance.get(), 0.9, null));
        }
        return Optional.empty();
    }

    // "According to X, content."  /  "Content, according to X."  /  "Content, according to X, content."
    private Optional<FoundAttribution> accordingTo(AnalysedSentence s, int limit) {
        for (int a = 0; a + 1 < limit; a++) {
            if (!s.token(a).lower().equals("according") || !s.token(a + 1).lower().equals("to")) {
                continue;
            }
            int sourceEnd = a + 2;
            while (sourceEnd < limit && !isBoundary(s.token(sourceEnd))) {
                sourceEnd++;
            }
            if (sourceEnd == a + 2) {
                return Optional.empty();
            }
            int cueStart = s.token(a).start();
            int cueEnd = s.token(a + 1).end();
            boolean atStart = a == 0;
            boolean atEnd = sourceEnd >= limit || onlyAppositiveFollows(s, sourceEnd, limit);
            if (atEnd && !atStart) {
                sourceEnd = limit;
            }
            List<Token> source = s.tokens().subList(a + 2, sourceEnd);
            int contentStart;
            int contentEnd;
            if (atStart) {
                contentStart = sourceEnd < limit ? s.token(sourceEnd).end() : s.end();
                contentEnd = endOfContent(s, limit);
            } else if (atEnd) {
                contentStart = s.start();
                contentEnd = cueStart;
            } else {
                contentStart = s.start();
                contentEnd = endOfContent(s, limit);
            }
            return Optional.of(new FoundAttribution(cueStart, cueEnd, source, contentStart, contentEnd,
                    Stance.NEUTRAL, 0.9, null));
        }
        return Optional.empty();
    }



    private Optional<FoundAttribution> sayingVerb(String text, AnalysedSentence s, int limit) {
        for (int i = 0; i < limit; i++) {
            int v = i;
            Token verb = s.token(v);
            Optional<Stance> stance = lexicon.sayingVerb(verb.lower());
            if (stance.isEmpty() || !verb.tag().equals("VERB") || (v > 0 && s.token(v - 1).lower().equals("to"))) {
                continue;
            }
            Optional<FoundAttribution> found = withLeftSource(text, s, v, limit, stance.get())
                    .or(() -> withRightSource(text, s, v, limit, stance.get()));
            if (found.isPresent()) {
                return found.map(f -> socialPost(text, s, v, limit, f));
            }
        }
        return Optional.empty();
    }

    private Optional<FoundAttribution> withLeftSource(String text, AnalysedSentence s, int v, int limit,
            Stance stance) {
        int j = v - 1;
        while (j >= 0 && BEFORE_VERB.contains(s.token(j).lower())) {
            j--;
        }
        if (j < 0) {
            return Optional.empty();
        }
        int sourceFrom;
        int sourceTo = j; // inclusive
        boolean appositive = s.token(j).text().equals(",");
        if (appositive) {
            // "A White House spokesman, John F. Kirby, said …"
            sourceTo = j - 1;
            int k = segmentStart(s, sourceTo);
            sourceFrom = k;
            if (k > 0 && s.token(k - 1).text().equals(",")) {
                int m = segmentStart(s, k - 2);
                if (k - 1 - m <= MAX_APPOSITIVE_TOKENS && k - 1 - m > 0 && !hasFiniteVerb(s, m, k - 1)) {
                    sourceFrom = m;
                }
            }
        } else {
            sourceFrom = segmentStart(s, sourceTo);
        }
        while (sourceFrom <= sourceTo && CLAUSE_OPENERS.contains(s.token(sourceFrom).lower())) {
            sourceFrom++;
        }
        if (sourceFrom > sourceTo || sourceTo - sourceFrom + 1 > MAX_SOURCE_TOKENS
                || hasFiniteVerb(s, sourceFrom, sourceTo + 1) || !hasNounLike(s, sourceFrom, sourceTo + 1)) {
            return Optional.empty();
        }
        List<Token> source = s.tokens().subList(sourceFrom, sourceTo + 1);
        int cueEnd = extendCue(text, s.token(v).end());
        int after = v + 1;
        while (after < limit && s.token(after).end() <= cueEnd) {
            after++;
        }
        boolean textBefore = sourceFrom > 0 && boundaryBefore(s, sourceFrom);
        boolean nothingAfter = after >= limit || isAdjunctOnly(s, v, after, limit);
        if (textBefore && nothingAfter) {
            // sentence-final: "Content, the officials said."
            int contentEnd = s.token(sourceFrom - 1).start();
            return Optional.of(new FoundAttribution(s.token(v).start(), cueEnd, source, s.start(), contentEnd,
                    stance, 0.9, null));
        }
        if (nothingAfter) {
            return Optional.empty(); // "Officials said." — nothing to highlight
        }
        if (textBefore && s.token(after).text().equals(",")) {
            // parenthetical: "One potential stop, an official said, is …"
            return Optional.of(new FoundAttribution(s.token(v).start(), cueEnd, source, s.start(),
                    endOfContent(s, limit), stance, 0.8, null));
        }
        // sentence-initial: "U.S. officials say content", "the White House warned that content"
        int contentFrom = after;
        for (int i = after; i < Math.min(limit, after + 8); i++) {
            if (isBoundary(s.token(i))) {
                break;
            }
            if (s.token(i).lower().equals("that")) {
                contentFrom = i + 1;
                break;
            }
        }
        if (contentFrom >= limit) {
            return Optional.empty();
        }
        return Optional.of(new FoundAttribution(s.token(v).start(), cueEnd, source, s.token(contentFrom).start(),
                endOfContent(s, limit), stance, appositive ? 0.85 : 0.8, null));
    }

    // "Content, said Mr. Kirby."
    private Optional<FoundAttribution> withRightSource(String text, AnalysedSentence s, int v, int limit,
            Stance stance) {
        if (v < 2 || !s.token(v - 1).text().equals(",")) {
            return Optional.empty();
        }
        List<Token> source = rightSource(s, v, limit);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FoundAttribution(s.token(v).start(), extendCue(text, s.token(v).end()), source,
                s.start(), s.token(v - 1).start(), stance, 0.85, null));
    }

    private List<Token> rightSource(AnalysedSentence s, int v, int limit) {
        int end = v + 1;
        while (end < limit && !s.token(end).isVerb() && !s.token(end).lower().equals("in")
                && !s.token(end).lower().equals("on")) {
            end++;
        }
        // "said Jorge Mella, a drill operator who was …": the relative clause is not part of the name
        while (end > v + 1 && Set.of("who", "which", "that", ",").contains(s.token(end - 1).lower())) {
            end--;
        }
        if (end == v + 1 || end - v - 1 > MAX_APPOSITIVE_TOKENS || !hasNounLike(s, v + 1, end)) {
            return List.of();
        }
        return s.tokens().subList(v + 1, end);
    }

    private FoundAttribution socialPost(String text, AnalysedSentence s, int v, int limit, FoundAttribution f) {
        for (int i = v + 1; i < Math.min(limit, v + 7); i++) {
            if (!s.token(i).lower().equals("on") || i + 1 >= limit) {
                continue;
            }
            String rest = text.substring(s.token(i + 1).start(), s.end());
            Optional<PhraseList.Match> platform = lexicon.socialPlatforms().find(rest);
            if (platform.isPresent() && platform.get().start() == 0) {
                return f.withFixedType(AttributionType.SOCIAL_POST, s.token(i + 1).start() + platform.get().end());
            }
        }
        return f;
    }

    // "Kim Jong Un reportedly plans to travel …"
    private Optional<FoundAttribution> reportedly(AnalysedSentence s, int limit) {
        for (int i = 0; i < limit; i++) {
            if (s.token(i).lower().equals("reportedly")) {
                return Optional.of(new FoundAttribution(s.token(i).start(), s.token(i).end(), List.of(), s.start(),
                        endOfContent(s, limit), Stance.HEDGED, 0.75, AttributionType.OTHER_OUTLET));
            }
        }
        return Optional.empty();
    }

    // "A photograph released by North Korean state news shows …"
    private Optional<FoundAttribution> passiveBy(String text, AnalysedSentence s, PhraseList cues, double score) {
        String sentence = text.substring(s.start(), s.end());
        Optional<PhraseList.Match> m = cues.find(sentence);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        int cueStart = s.start() + m.get().start();
        int cueEnd = s.start() + m.get().end();
        int from = 0;
        while (from < s.size() && s.token(from).start() < cueEnd) {
            from++;
        }
        int to = from;
        while (to < s.size() && !s.token(to).isVerb() && !isBoundary(s.token(to))
                && !s.token(to).isPunctuation() && !CAPTION_VERBS.contains(s.token(to).lower())) {
            to++;
        }
        if (to == from) {
            return Optional.empty();
        }
        return Optional.of(new FoundAttribution(cueStart, cueEnd, s.tokens().subList(from, to), s.start(),
                endOfContent(s, lastContentToken(s)), Stance.NEUTRAL, score, null));
    }

    /** Adds "in a statement", "in an interview", "in a post on Telegram" to a verb cue. */
    private static int extendCue(String text, int verbEnd) {
        Matcher m = STATEMENT_CUE.matcher(text.substring(verbEnd, Math.min(text.length(), verbEnd + 60)));
        return m.find() ? verbEnd + m.end() : verbEnd;
    }





    private boolean hasNounLike(AnalysedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.token(i).lower();
            // the tagger sometimes calls "official" in "an official said" an adjective
            if (s.token(i).isNounLike() || lexicon.anonymousHeads().contains(w) || lexicon.personTitles().contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPronoun(List<Token> source) {
        return source.size() == 1 && PRONOUNS.contains(source.getFirst().lower());
    }
}
