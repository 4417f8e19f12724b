package org.claimtrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mends habits of the English UD tokenizer and tagger on news text: it glues closing punctuation together (".”",
 * ",”"), it splits some hyphenated words after the hyphen ("self-" "described") or before it ("Shanklin"
 * "-Hawkins", "16" "-point"), and it cuts the last full stop off a dotted abbreviation or an initial ("M.P" + ".", "F" + "."). Quote marks and commas must be
 * tokens of their own for the attribution shapes to be seen, and "M.P." must stay one word of a source.
 */
final class TokenRepair {

    private static final Pattern PUNCTUATION_RUN = Pattern.compile("[\\p{P}&&[^-'’]]{2,}");
    private static final java.util.Set<String> MISTAKEN = java.util.Set.of("VERB", "ADV", "ADJ", "X", "NOUN", "SCONJ");
    private static final java.util.Set<String> PEOPLE_NOUNS = java.util.Set.of("official", "officials",
            "executive", "executives", "ally", "allies", "aide", "aides", "adviser", "advisers", "advisor",
            "strategist", "spokesman", "spokeswoman", "spokesperson", "representative", "operative", "director",
            "veteran", "lawmaker", "counsel");
    /** Verbs that open a sentence as commands or suggestions: "Let’s see", "Make no mistake". */
    private static final java.util.Set<String> IMPERATIVES = java.util.Set.of("let", "make", "please", "do", "don",
            "try", "look", "take", "keep", "imagine", "consider", "remember", "note", "see", "get", "go", "come", "thank",
            "help", "stop", "leave", "listen", "watch", "read", "follow", "ask", "tell", "say", "believe", "start");
    private static final Pattern TITLE = Pattern.compile("(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\\.");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+\\p{L}|\\p{Lu}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|"
            + "Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Jr|Sr|St|Mt|Ft|Maj|Cmdr|Brig|Pres|Supt|Det|Gov|Atty|Sens|Reps|Govs)");

    private TokenRepair() {
    }

    static List<Token> repair(List<Token> tokens) {
        return repair(tokens, false);
    }

    /** As {@link #repair(List)}; {@code runningText} says the sentence is prose, not a title-case headline. */
    static List<Token> repair(List<Token> tokens, boolean runningText) {
        List<Token> repaired = peopleNouns(properNames(joinHyphens(splitAndJoin(tokens))));
        return runningText ? verbLikeNames(repaired) : repaired;
    }

    /** A line in title case ("Mayor Says Bridge Will Reopen"): most of its longer words capitalised. */
    static boolean isTitleCase(String line) {
        int words = 0;
        int capitalised = 0;
        for (String word : line.split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                words++;
                capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return words > 0 && capitalised * 2 > words;
    }

    /**
     * Names that are also verbs ("Trump", "Bush", "Rush"), which the tagger reads as verbs — "Trump/VERB said",
     * "Trump’s/VERB campaign" — so that the source of the sentence is lost. In running text a verb is written in
     * lower case inside a sentence, so a capitalised "verb" there is a name (a quotation or a colon may open a
     * new sentence: "said: “Let’s go”" is left alone). At the start of a sentence it is a name when a finite
     * verb follows at once ("Bush/VERB acknowledged that …": an imperative is followed by its object), or when it
     * is possessive before a noun; a plural there is a common noun ("Polls/VERB show …").
     */
    private static List<Token> verbLikeNames(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 0; i < out.size(); i++) {
            Token t = out.get(i);
            String word = t.text();
            if (!t.tag().equals("VERB") || !isCapitalised(word) || word.equals(word.toUpperCase(java.util.Locale.ROOT))
                    || IMPERATIVES.contains(t.lower().split("[’']", 2)[0])) {
                continue;
            }
            String tag = null;
            if (i > 0) {
                String previous = out.get(i - 1).text();
                boolean newSentence = previous.matches("[“\"‘'(\\[:;—–-]+|``|''|--");
                tag = newSentence ? null : "PROPN";
            } else if (i + 1 < out.size()) {
                Token next = out.get(i + 1);
                boolean possessive = word.matches(".+[’']s") && java.util.Set.of("NOUN", "ADJ", "PROPN").contains(next.tag());
                boolean finiteNext = java.util.Set.of("VERB", "AUX").contains(next.tag()) && !next.lower().endsWith("ing")
                        && !t.lower().endsWith("ing") && !t.lower().endsWith("ed");
                if (possessive) {
                    tag = "PROPN";
                } else if (finiteNext) {
                    tag = t.lower().endsWith("s") ? "NOUN" : "PROPN";
                }
            }
            if (tag != null) {
                out.set(i, new Token(t.start(), t.end(), word, tag));
            }
        }
        return out;
    }

    /**
     * Words for people in a role that the tagger takes for verbs or adjectives after a determiner or modifier:
     * "the company's chief executive/VERB", "a senior official/ADJ". They head the sources of news text, so a
     * slip there loses the source.
     */
    private static List<Token> peopleNouns(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 1; i < out.size(); i++) {
            Token t = out.get(i);
            boolean modified = java.util.Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM").contains(out.get(i - 1).tag());
            if (modified && PEOPLE_NOUNS.contains(t.lower()) && !t.tag().equals("NOUN") && !t.tag().equals("PROPN")) {
                out.set(i, new Token(t.start(), t.end(), t.text(), "NOUN"));
            }
        }
        return out;
    }

    /** "center" "-" "left" and "29" "-" "day" written without spaces are one word. */
    private static List<Token> joinHyphens(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.text().equals("-") && !out.isEmpty() && i + 1 < tokens.size()
                    && out.getLast().end() == t.start() && tokens.get(i + 1).start() == t.end()
                    && Character.isLetterOrDigit(tokens.get(i + 1).text().charAt(0))) {
                Token left = out.removeLast();
                Token right = tokens.get(i + 1);
                String tag = right.tag().equals("VERB") ? "ADJ" : right.tag();
                out.add(new Token(left.start(), right.end(), left.text() + "-" + right.text(), tag));
                i++;
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Capitalised words inside a name the tagger took for something else: "Mr. Sperling/VERB", "Third/ADV Way",
     * "Paul H./X Chipok". A capitalised word inside a noun phrase and before a proper noun, or right after a
     * title, is a proper noun.
     */
    private static List<Token> properNames(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens);
        for (int i = 1; i < out.size(); i++) {
            Token t = out.get(i);
            if (t.lower().equals("former") && !t.tag().equals("ADJ")) {
                out.set(i, new Token(t.start(), t.end(), t.text(), "ADJ")); // "said former/SCONJ executive …"
                continue;
            }
            if (t.tag().equals("PROPN") || !isCapitalised(t.text()) || !MISTAKEN.contains(t.tag())) {
                continue;
            }
            boolean afterName = java.util.Set.of("PROPN", "NOUN", "ADJ", "DET").contains(out.get(i - 1).tag());
            boolean beforeName = i + 1 < out.size() && out.get(i + 1).tag().equals("PROPN");
            boolean afterTitle = TITLE.matcher(out.get(i - 1).text()).matches();
            if (afterTitle || afterName && beforeName || t.tag().equals("X") && (afterName || beforeName)) {
                out.set(i, new Token(t.start(), t.end(), t.text(), "PROPN"));
            }
        }
        return out;
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static List<Token> splitAndJoin(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size() + 4);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean ellipsisOrDash = t.text().chars().allMatch(c -> c == '.') || t.text().equals("--")
                    || t.text().equals("''");
            if (PUNCTUATION_RUN.matcher(t.text()).matches() && !ellipsisOrDash) {
                for (int k = 0; k < t.text().length(); k++) {
                    out.add(new Token(t.start() + k, t.start() + k + 1, t.text().substring(k, k + 1), "PUNCT"));
                }
                continue;
            }
            boolean hyphenated = !out.isEmpty() && out.getLast().text().endsWith("-") && out.getLast().end() == t.start()
                    && out.getLast().text().length() > 1 && Character.isLetter(t.text().charAt(0));
            if (hyphenated) {
                Token previous = out.removeLast(); // "self-" + "described": one adjective
                out.add(new Token(previous.start(), t.end(), previous.text() + t.text(), t.tag().equals("VERB") ? "ADJ"
                        : t.tag()));
                continue;
            }
            boolean hyphenStart = !out.isEmpty() && t.text().length() > 1 && t.text().charAt(0) == '-'
                    && Character.isLetterOrDigit(t.text().charAt(1)) && out.getLast().end() == t.start()
                    && Character.isLetterOrDigit(out.getLast().text().charAt(out.getLast().text().length() - 1));
            if (hyphenStart) {
                // "Shanklin" + "-Hawkins/PUNCT" is one name; "16" + "-point" one adjective
                Token previous = out.removeLast();
                boolean name = previous.isProperNoun() && Character.isUpperCase(t.text().charAt(1));
                out.add(new Token(previous.start(), t.end(), previous.text() + t.text(), name ? "PROPN" : "ADJ"));
                continue;
            }
            boolean abbreviationStop = t.text().equals(".") && !out.isEmpty() && i + 1 < tokens.size()
                    && out.getLast().end() == t.start() && DOTTED.matcher(out.getLast().text()).matches();
            if (abbreviationStop) {
                Token previous = out.removeLast();
                out.add(new Token(previous.start(), t.end(), previous.text() + ".", previous.tag()));
                continue;
            }
            out.add(t);
        }
        return out;
    }
}
