package org.claimtrace.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The clause of a source phrase that says why the source is not named: "a senior official <b>who spoke on
 * condition of anonymity because he was not authorized to discuss the inspection</b>", "two aides, <b>speaking
 * on condition of anonymity</b>". A newsroom records it as the anonymity reason, apart from the source; the
 * source as written is what precedes it. The clause opens with a relative pronoun or a participle and holds a
 * phrase of the lexicon's {@code [anonymity-reason]} ("anonymity", "not authorized").
 */
record AnonymityClause(List<Token> source, String reason) {

    private static final Set<String> OPENERS = Set.of("who", "speaking", "requesting", "asking", "insisting",
            "declining");

    /** The source split from its anonymity clause; the whole source and no reason when it has none. */
    static AnonymityClause of(String text, List<Token> source, CueLexicon lexicon) {
        for (int i = 1; i < source.size(); i++) {
            if (!OPENERS.contains(source.get(i).lower())) {
                continue;
            }
            String clause = text.substring(source.get(i).start(), source.getLast().end());
            if (!lexicon.anonymityReasons().occursIn(clause.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int end = i;
            while (end > 1 && source.get(end - 1).tag().equals("PUNCT")) {
                end--; // "two aides, speaking on …": the comma belongs to neither
            }
            String reason = source.get(i).lower().equals("who")
                    ? text.substring(source.get(i + 1).start(), source.getLast().end()) : clause;
            return new AnonymityClause(List.copyOf(source.subList(0, end)), reason);
        }
        return new AnonymityClause(source, "");
    }
}
