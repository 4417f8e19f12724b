package org.claimtrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mends three habits of the English UD tokenizer on news text: it glues closing punctuation together (".”",
 * ",”"), it splits some hyphenated words after the hyphen ("self-" "described"), and it cuts the last full stop off a dotted abbreviation or an initial ("M.P" + ".", "F" + "."). Quote marks and commas must be
 * tokens of their own for the attribution shapes to be seen, and "M.P." must stay one word of a source.
 */
final class TokenRepair {

    private static final Pattern PUNCTUATION_RUN = Pattern.compile("[\\p{P}&&[^-'’]]{2,}");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.)+\\p{L}|\\p{Lu}|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|"
            + "Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|Jr|Sr|St|Mt|Ft|Maj|Cmdr|Brig|Pres|Supt|Det|Gov|Atty|Sens|Reps|Govs)");

    private TokenRepair() {
    }

    static List<Token> repair(List<Token> tokens) {
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
