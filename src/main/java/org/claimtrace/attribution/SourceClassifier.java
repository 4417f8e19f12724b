package org.claimtrace.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides the attribution type from the source as written ("the officials", "A White House spokesman,
 * John F. Kirby", "North Korean state news"). Pronoun sources are resolved by {@link CueDetector}, which
 * knows the sentences before.
 *
 * <p>Order matters and follows how specific a signal is: an outlet name beats everything ("state news"),
 * then the head of the source phrase (the noun that is not modifying another noun: "officials" in
 * "officials briefed on the intelligence reports", "intelligence" in "declassified intelligence"), then
 * proper names.
 */
final class SourceClassifier {

    /** Days and months are tagged as proper nouns but never name a person ("engineers … on Wednesday"). */
    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile(
            "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
                    + "August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)");

    private static final java.util.regex.Pattern RELATIVE_CLAUSE = java.util.regex.Pattern.compile("\\bwho(?:se)?\\s+\\p{L}");

    private final CueLexicon lexicon;

    SourceClassifier(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    AttributionType classify(List<Token> source) {
        return classify(source, OutletName.NONE);
    }

    /** As {@link #classify(List)}, knowing the article's own outlet: "reviewed by The Times" in The Times. */
    AttributionType classify(List<Token> written, OutletName ownOutlet) {
        String lower = textOf(written).toLowerCase(Locale.ROOT);
        // "voters who have listened to Mr. Clinton": who the source is, not whom the clause mentions
        List<Token> source = written;
        for (int i = 1; i < written.size(); i++) {
            if (Set.of("who", "whose", "whom", "which").contains(written.get(i).lower())) {
                source = written.subList(0, i);
                break;
            }
        }
        String described = lower;
        lower = textOf(source).toLowerCase(Locale.ROOT);
        if (lexicon.stateMedia().occursIn(lower)) {
            return AttributionType.STATE_MEDIA;
        }
        if (lexicon.ownReporting().occursIn(lower) || ownOutlet.isNamedIn(lower)) {
            return AttributionType.OWN_REPORTING;
        }
        if (lexicon.outlets().occursIn(lower)) {
            return AttributionType.OTHER_OUTLET;
        }
        boolean named = containsPersonName(source);
        for (int i = 0; i < source.size(); i++) {
            Token t = source.get(i);
            boolean modifiesNext = i + 1 < source.size()
                    && (source.get(i + 1).tag().equals("NOUN") || source.get(i + 1).tag().equals("PROPN"));
            if (modifiesNext) {
                continue;
            }
            String w = t.lower();
            if (lexicon.anonymousHeads().contains(w)) {
                return named ? AttributionType.NAMED_PERSON : anonymous(source, described);
            }
            if (lexicon.intelligence().contains(w)) {
                return AttributionType.INTELLIGENCE;
            }
            if (lexicon.documents().contains(w)) {
                return AttributionType.DOCUMENT;
            }
            if (lexicon.personTitles().contains(w)) {
                break; // a spokesman speaks for someone: decided by the name or institution below
            }
        }
        if (named) {
            return AttributionType.NAMED_PERSON;
        }
        if (lexicon.institutions().occursIn(lower)) {
            return AttributionType.NAMED_INSTITUTION;
        }
        if (lexicon.intelligence().occursIn(lower)) {
            return AttributionType.INTELLIGENCE;
        }
        return anonymous(source, described); // an unnamed group: "engineers", "voters", "critics"
    }

    /**
     * Whether a phrase names who or what a claim comes from — people, bodies, records, outlets — rather than
     * evidence: "citing two officials" or "citing a report" names a source, "citing structural damage" does not.
     */
    boolean namesASource(List<Token> phrase) {
        String lower = textOf(phrase).toLowerCase(Locale.ROOT);
        if (lexicon.stateMedia().occursIn(lower) || lexicon.outlets().occursIn(lower)
                || lexicon.ownReporting().occursIn(lower) || lexicon.institutions().occursIn(lower)) {
            return true;
        }
        for (Token t : phrase) {
            String w = t.lower();
            if (lexicon.anonymousHeads().contains(w) || lexicon.intelligence().contains(w)
                    || lexicon.documents().contains(w) || lexicon.personTitles().contains(w)) {
                return true;
            }
        }
        return containsPersonName(phrase);
    }

    /**
     * "officials briefed on the intelligence reports" and "Pentagon officials" say who the sources are;
     * "American and allied officials" and "a US official" do not.
     */
    private AttributionType anonymous(List<Token> source, String lower) {
        if (lexicon.anonymousDescriptions().occursIn(lower) || RELATIVE_CLAUSE.matcher(lower).find()) {
            return AttributionType.ANONYMOUS_DESCRIBED; // "engineers who inspected the site"
        }
        String withoutBroad = lower;
        for (var m = lexicon.broadAffiliations().find(withoutBroad); m.isPresent();
                m = lexicon.broadAffiliations().find(withoutBroad)) {
            withoutBroad = withoutBroad.substring(0, m.get().start()) + " "
                    + withoutBroad.substring(m.get().end());
        }
        String remaining = " " + withoutBroad.replaceAll("[^\\p{L}\\p{N}.]+", " ") + " ";
        for (Token t : source) {
            if (t.isProperNoun() && remaining.contains(" " + t.lower() + " ")) {
                return AttributionType.ANONYMOUS_DESCRIBED;
            }
        }
        return AttributionType.ANONYMOUS_VAGUE;
    }

    /** A run of proper nouns that is not an institution, place or nationality: "John F. Kirby", "Kirby". */
    boolean containsPersonName(List<Token> source) {
        int i = 0;
        while (i < source.size()) {
            if (!source.get(i).isProperNoun() || CALENDAR.matcher(source.get(i).text()).matches()) {
                i++;
                continue;
            }
            int j = i;
            while (j < source.size() && (source.get(j).isProperNoun() || source.get(j).text().equals("."))
                    && !CALENDAR.matcher(source.get(j).text()).matches()) {
                j++;
            }
            String run = textOf(source.subList(i, j)).toLowerCase(Locale.ROOT);
            boolean institution = lexicon.institutions().occursIn(run) || lexicon.outlets().occursIn(run)
                    || lexicon.stateMedia().occursIn(run);
            boolean broad = lexicon.broadAffiliations().find(run).map(m -> m.end() - m.start() == run.length())
                    .orElse(false);
            if (!institution && !broad) {
                return true;
            }
            i = j;
        }
        return false;
    }

    static String textOf(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(tokens.getFirst().text());
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() > tokens.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }
}
