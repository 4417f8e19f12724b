package org.claimtrace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells article body from page furniture, line by line. Scraped news text keeps captions, photo credits,
 * bylines, newsletter promos and "More from …" teasers; an attributed sentence there is still worth
 * proposing (a caption crediting state media is a sourced claim), but an unsourced one is not a claim.
 */
final class ArticleLayout {

    /** A paragraph shorter than this is treated as a headline, byline, caption or teaser. */
    static final int MIN_BODY_LINE_LENGTH = 120;

    private static final Pattern END_MARKER = Pattern.compile(
            "(?i)^(more from\\b.*|comments|related( coverage| articles| stories)?|read more\\b.*|"
                    + "recommended( for you)?|most popular)$");

    private static final Pattern CREDIT = Pattern.compile(
            "Credit\\.\\.\\.|Credit:|Photo:|Photograph:|REUTERS/|via REUTERS|/Pool\\b|/AFP\\b|Getty Images|"
                    + "\\bAP Photo\\b");

    record Line(int start, int end, LineKind kind) {
    }

    List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        boolean ended = false;
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                if (END_MARKER.matcher(line).matches()) {
                    ended = true;
                }
                lines.add(new Line(start, end, ended ? LineKind.AFTER_END : kindOf(line)));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    private static LineKind kindOf(String line) {
        if (CREDIT.matcher(line).find()) {
            return LineKind.CAPTION;
        }
        return line.length() < MIN_BODY_LINE_LENGTH ? LineKind.SHORT : LineKind.BODY;
    }
}
