package org.claimtrace.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised text into its paragraphs (separated by one blank line) with their offsets, so a
 * view can show paragraphs while every position still maps to an offset in the stored text.
 */
public final class ArticleParagraphs {

    public record Paragraph(int start, int end, String text) {
    }

    private ArticleParagraphs() {
    }

    public static List<Paragraph> of(String text) {
        var paragraphs = new ArrayList<Paragraph>();
        int start = 0;
        while (start < text.length()) {
            int gap = text.indexOf("\n\n", start);
            int end = gap < 0 ? text.length() : gap;
            paragraphs.add(new Paragraph(start, end, text.substring(start, end)));
            start = gap < 0 ? text.length() : gap + 2;
        }
        return paragraphs;
    }
}
