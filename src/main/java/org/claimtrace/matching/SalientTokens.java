package org.claimtrace.matching;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tokens that make two claims the same claim rather than the same topic: numbers ("122", "70%") and
 * capitalised words that do not start a sentence (a cheap stand-in for named entities).
 */
record SalientTokens(Set<String> numbers, Set<String> names) {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.,'’-]*");
    private static final Set<String> NOT_NAMES = Set.of("i", "the", "a", "an", "this", "that", "it", "in", "on",
            "and", "but", "if", "we", "you", "he", "she", "they", "my", "our", "rt", "breaking", "new", "why", "how", "what");

    static SalientTokens of(String text) {
        var numbers = new HashSet<String>();
        var names = new HashSet<String>();
        var tokens = TOKEN.matcher(text);
        while (tokens.find()) {
            String token = tokens.group().replaceAll("[.,'’-]+$", "");
            boolean sentenceStart = startsSentence(text, tokens.start());
            if (token.isEmpty()) {
                continue;
            }
            if (Character.isDigit(token.charAt(0))) {
                numbers.add(token.replace(",", ""));
            } else if (Character.isUpperCase(token.charAt(0)) && !sentenceStart) {
                String lower = token.toLowerCase(Locale.ROOT);
                if (!NOT_NAMES.contains(lower)) {
                    names.add(lower);
                }
            }
        }
        return new SalientTokens(numbers, names);
    }

    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:\"“".indexOf(text.charAt(i)) >= 0;
    }

    /** Share of this text's numbers that the other text also has; 0 when this text has none. */
    double sharedNumbers(Set<String> otherTextLowercased) {
        return shared(numbers, otherTextLowercased);
    }

    double sharedNames(Set<String> otherTextLowercased) {
        return shared(names, otherTextLowercased);
    }

    private static double shared(Set<String> mine, Set<String> other) {
        if (mine.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (String token : mine) {
            if (other.contains(token)) {
                hits++;
            }
        }
        return (double) hits / mine.size();
    }

    /** All word tokens of a text, lower-cased, commas taken out of numbers; what {@link #sharedNames} compares with. */
    static Set<String> wordsOf(String text) {
        var words = new HashSet<String>();
        var tokens = TOKEN.matcher(text);
        while (tokens.find()) {
            String token = tokens.group().replaceAll("[.,'’-]+$", "");
            if (!token.isEmpty()) {
                words.add(Character.isDigit(token.charAt(0)) ? token.replace(",", "") : token.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
