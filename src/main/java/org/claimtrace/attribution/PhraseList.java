package org.claimtrace.attribution;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of lower-case words and phrases matched case-insensitively as whole words, longest phrase first
 * (so "could possibly" wins over "possibly").
 */
final class PhraseList {

    record Match(int start, int end, String phrase) {
    }

    private final Set<String> phrases;
    private final Pattern pattern;

    PhraseList(List<String> phrases) {
        this.phrases = Set.copyOf(phrases);
        String alternation = phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        // A phrase may end in "." (as in "u.s."), so the right edge only refuses a following letter or digit.
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean contains(String word) {
        return phrases.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The first phrase found in {@code text} at or after {@code from}, with offsets relative to {@code text}. */
    Optional<Match> find(String text, int from) {
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        if (from <= text.length() && m.find(from)) {
            return Optional.of(new Match(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    Optional<Match> find(String text) {
        return find(text, 0);
    }

    boolean occursIn(String text) {
        return find(text).isPresent();
    }
}
