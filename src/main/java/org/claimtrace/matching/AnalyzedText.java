package org.claimtrace.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A text as the index sees it: the English analyzer's stems, stop words removed. */
final class AnalyzedText {

    private AnalyzedText() {
    }

    static List<String> stems(Analyzer analyzer, String text) {
        var terms = new ArrayList<String>();
        if (text == null || text.isEmpty()) {
            return terms;
        }
        try (var stream = analyzer.tokenStream(ClaimIndex.TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
