package org.claimtrace.attribution;

import java.util.List;

/**
 * Gives an attribution the whole quotation it belongs to when that quotation runs over several sentences:
 * <ul>
 *   <li>"“We will not accept this. It is wrong,” said John Smith." — the content goes back to the opening mark;</li>
 *   <li>"Issa said, “Well, this is where … Let’s go back.”" — on to the closing mark;</li>
 *   <li>"“This is a disease,” Christie said. “It’s not a moral failing.”" — a quotation right after the
 *       attribution, in the same paragraph, is the same speaker going on;</li>
 *   <li>a quotation left open at the end of a paragraph goes on in the next one that opens with a quote mark.</li>
 * </ul>
 * Only over sentences that have no attribution of their own; those sentences are then covered and are not
 * proposed again as unattributed claims.
 */
final class QuoteExtension {

    private final String text;
    private final List<AnalysedSentence> sentences;
    private final List<List<FoundAttribution>> found;
    private final QuoteMarks quotes;
    private final boolean[] covered;

    QuoteExtension(String text, List<AnalysedSentence> sentences, List<List<FoundAttribution>> found,
            QuoteMarks quotes) {
        this.text = text;
        this.sentences = sentences;
        this.found = found;
        this.quotes = quotes;
        this.covered = new boolean[sentences.size()];
    }

    /** True when an earlier {@link #extend} took this sentence into another sentence's attribution. */
    boolean isCovered(int sentence) {
        return covered[sentence];
    }

    FoundAttribution extend(int k, FoundAttribution f) {
        AnalysedSentence s = sentences.get(k);
        int start = f.contentStart();
        int end = f.contentEnd();
        QuoteMarks.Quote opening = quotes.enclosing(start);
        if (opening != null && opening.innerStart() < s.start() && !opening.contains(f.cueStart())) {
            int first = sentenceAt(opening.innerStart());
            if (first >= 0 && first < k && unattributed(first, k - 1)) {
                start = opening.innerStart();
                cover(first, k - 1);
            }
        }
        QuoteMarks.Quote closing = quotes.enclosing(end - 1);
        if (closing != null && closing.innerEnd() > s.end() && !closing.contains(f.cueStart())) {
            end = through(closing, k, end);
        } else if (f.cueStart() >= end && endsWithQuote(end) && k + 1 < sentences.size()) {
            AnalysedSentence next = sentences.get(k + 1);
            QuoteMarks.Quote following = quotes.openingAt(next.start());
            if (following != null && sameParagraph(s, next)) {
                end = through(following, k, end);
            }
        }
        return start == f.contentStart() && end == f.contentEnd() ? f : f.withContent(start, end);
    }

    /** The end of the quotation and of those it goes on into, as far as their sentences are unattributed. */
    private int through(QuoteMarks.Quote quote, int k, int end) {
        int result = end;
        QuoteMarks.Quote q = quote;
        while (q != null) {
            int last = sentenceAt(q.innerEnd() - 1);
            int first = Math.max(k + 1, sentenceAt(q.innerStart()));
            if (last < 0 || last < first - 1 || !unattributed(first, last)) {
                break;
            }
            result = Math.max(result, q.innerEnd());
            cover(first, last);
            q = q.continues() ? nextQuote(q) : null;
        }
        return result;
    }

    /** The content ends with a quotation: "“…,” Wilcox said." or "The movement is about “people …,” he said." */
    private boolean endsWithQuote(int contentEnd) {
        for (QuoteMarks.Quote q : quotes.all()) {
            if (q.closed() && q.end() >= contentEnd - 1 && q.innerEnd() <= contentEnd) {
                return true;
            }
            if (q.start() > contentEnd) {
                break;
            }
        }
        return false;
    }

    private QuoteMarks.Quote nextQuote(QuoteMarks.Quote q) {
        List<QuoteMarks.Quote> all = quotes.all();
        int i = all.indexOf(q);
        return i >= 0 && i + 1 < all.size() ? all.get(i + 1) : null;
    }

    private boolean sameParagraph(AnalysedSentence a, AnalysedSentence b) {
        return text.substring(a.end(), b.start()).indexOf('\n') < 0;
    }

    private boolean unattributed(int from, int to) {
        for (int i = Math.max(0, from); i <= to && i < found.size(); i++) {
            if (!found.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void cover(int from, int to) {
        for (int i = Math.max(0, from); i <= to && i < covered.length; i++) {
            covered[i] = true;
        }
    }

    private int sentenceAt(int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            AnalysedSentence s = sentences.get(i);
            if (offset < s.end()) {
                return offset >= s.start() ? i : i - 1;
            }
        }
        return -1;
    }
}
