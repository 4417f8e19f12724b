package org.claimtrace.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words two texts have in common as the matcher compares them (English stems, stop words left out), with
 * where they stand in each text, so both can be highlighted. Only words present in both count: a headline's
 * words, which the matcher also weighs, are not "why" a quote matches another quote.
 *
 * @param words       the shared words as the first text writes them, in its order, once each
 * @param inFirst     where shared words stand in the first text
 * @param inSecond    where shared words stand in the second text
 * @param containment shared distinct stems over the distinct stems of the shorter text (0 to 1)
 */
public record SharedWords(List<String> words, List<Range> inFirst, List<Range> inSecond, double containment) {

    /** Characters [start, end) of one text. */
    public record Range(int start, int end) {
    }

    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    public SharedWords {
        words = List.copyOf(words);
        inFirst = List.copyOf(inFirst);
        inSecond = List.copyOf(inSecond);
    }

    public static SharedWords between(String first, String second) {
        var a = tokens(first);
        var b = tokens(second);
        Set<String> common = new LinkedHashSet<>(a.keySet());
        common.retainAll(b.keySet());
        var words = new ArrayList<String>();
        var inFirst = new ArrayList<Range>();
        var inSecond = new ArrayList<Range>();
        for (var stem : common) {
            var ranges = a.get(stem);
            words.add(first.substring(ranges.getFirst().start(), ranges.getFirst().end()));
            inFirst.addAll(ranges);
            inSecond.addAll(b.get(stem));
        }
        inFirst.sort(java.util.Comparator.comparingInt(Range::start));
        inSecond.sort(java.util.Comparator.comparingInt(Range::start));
        int shorter = Math.min(a.size(), b.size());
        return new SharedWords(words, inFirst, inSecond, shorter == 0 ? 0 : (double) common.size() / shorter);
    }

    private static LinkedHashMap<String, List<Range>> tokens(String text) {
        var byStem = new LinkedHashMap<String, List<Range>>();
        if (text == null || text.isEmpty()) {
            return byStem;
        }
        try (var stream = ANALYZER.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                byStem.computeIfAbsent(term.toString(), s -> new ArrayList<>())
                        .add(new Range(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byStem;
    }
}
