package org.claimtrace.anchoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into diff tokens: a run of letters or digits, or a single other code point (punctuation, an emoji, a
 * CJK ideograph, which stands for a word), each with the whitespace that follows it.
 *
 * <p>Diffing these instead of single characters is what keeps a rewrite from being "explained" by the letters two
 * unrelated sentences happen to share; a character pass then refines each small changed region. Tokens never split
 * a surrogate pair, so no boundary falls inside an emoji.
 *
 * @param tokens the tokens in order
 * @param starts {@code starts[i]} is where token {@code i} begins; {@code starts[size]} is the text's length
 */
record TextTokens(List<String> tokens, int[] starts) {

    static TextTokens of(String text) {
        List<String> tokens = new ArrayList<>(text.length() / 4 + 1);
        List<Integer> starts = new ArrayList<>(text.length() / 4 + 2);
        int i = 0;
        while (i < text.length()) {
            int begin = i;
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isWordPart(cp)) {
                while (i < text.length() && isWordPart(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            tokens.add(text.substring(begin, i));
            starts.add(begin);
        }
        starts.add(text.length());
        return new TextTokens(tokens, starts.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean isWordPart(int cp) {
        return Character.isLetterOrDigit(cp) && !Character.isIdeographic(cp);
    }

    int size() {
        return tokens.size();
    }

    int start(int token) {
        return starts[token];
    }
}
