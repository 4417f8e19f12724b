package org.claimtrace.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The query's words that a matched claim shares, as the editor typed them ("Guantanamo", "released"),
 * found by comparing analysed stems, so "releases" in the claim counts for "released" in the query.
 */
final class MatchedTerms {

    private final Map<String, String> surfaceByStem = new LinkedHashMap<>();

    MatchedTerms(Analyzer analyzer, String queryText) {
        try (var stream = analyzer.tokenStream(ClaimIndex.TEXT, queryText)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                surfaceByStem.putIfAbsent(term.toString(), queryText.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> sharedWith(List<String> claimStems) {
        Set<String> claim = new HashSet<>(claimStems);
        var shared = new ArrayList<String>();
        surfaceByStem.forEach((stem, surface) -> {
            if (claim.contains(stem)) {
                shared.add(surface);
            }
        });
        return shared;
    }
}
