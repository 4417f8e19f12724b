package org.claimtrace.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations of an article, paired paragraph by paragraph: curly “…” and ‘…’ (British style; a ’ followed
 * by a letter is an apostrophe), straight "…" and the doubled apostrophes ''…'' some archive copy uses. A quotation never crosses a line break; one left open at
 * the end of its paragraph is the newsroom convention for a quote that goes on in the next paragraph, which
 * then opens with a fresh mark ({@link Quote#continues()}).
 *
 * <p>Sentences are split before this is known, so a multi-sentence quote is several sentences; the detector
 * uses these spans to give an attribution the whole quote it belongs to.
 */
final class QuoteMarks {

    /**
     * One quotation: {@code start} is its opening mark, {@code end} is just past its closing mark (or the end
     * of the paragraph when it is left open); the words are {@code innerStart..innerEnd}.
     */
    record Quote(int start, int end, int innerStart, int innerEnd, boolean closed, boolean continues) {

        boolean contains(int offset) {
            return offset >= innerStart && offset < innerEnd;
        }
    }

    private final List<Quote> quotes;

    private QuoteMarks(List<Quote> quotes) {
        this.quotes = quotes;
    }

    static QuoteMarks of(String text) {
        List<Quote> quotes = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            pairLine(text, lineStart, lineEnd, quotes);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        markContinuations(text, quotes);
        return new QuoteMarks(List.copyOf(quotes));
    }

    List<Quote> all() {
        return quotes;
    }

    /** The quotation whose words contain the offset, if any. */
    Quote enclosing(int offset) {
        for (Quote q : quotes) {
            if (q.contains(offset)) {
                return q;
            }
            if (q.start() > offset) {
                break;
            }
        }
        return null;
    }

    /** The quotation opening exactly at {@code offset} (its opening mark), if any. */
    Quote openingAt(int offset) {
        for (Quote q : quotes) {
            if (q.start() == offset) {
                return q;
            }
            if (q.start() > offset) {
                break;
            }
        }
        return null;
    }

    boolean isQuoted(int start, int end) {
        Quote q = enclosing(start);
        return q != null && end <= q.innerEnd();
    }

    private enum Kind { CURLY, STRAIGHT, DOUBLED_APOSTROPHE, SINGLE_CURLY }

    private static void pairLine(String text, int from, int to, List<Quote> out) {
        int open = -1;
        int innerStart = -1;
        Kind kind = null;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean doubled = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
            if (open < 0) {
                boolean single = c == '‘' && startsWord(text, i, from);
                if (c == '“' || c == '„' || c == '"' || doubled || single
                        || (c == '”' && i + 1 < to && Character.isLetter(text.charAt(i + 1)) && startsWord(text, i, from))) {
                    kind = c == '"' ? Kind.STRAIGHT : doubled ? Kind.DOUBLED_APOSTROPHE
                            : single ? Kind.SINGLE_CURLY : Kind.CURLY;
                    open = i;
                    innerStart = doubled ? i + 2 : i + 1;
                    if (doubled) {
                        i++;
                    }
                }
            } else if ((kind == Kind.CURLY && (c == '”' || c == '"' && closesWord(text, i, to)))
                    || (kind == Kind.STRAIGHT && (c == '"' || c == '”'))
                    || (kind == Kind.DOUBLED_APOSTROPHE && doubled)
                    || (kind == Kind.SINGLE_CURLY && c == '’' && (i + 1 == to || !Character.isLetter(text.charAt(i + 1))))) {
                int end = doubled ? i + 2 : i + 1;
                out.add(new Quote(open, end, innerStart, i, true, false));
                open = -1;
                if (doubled) {
                    i++;
                }
            }
        }
        if (open >= 0 && innerStart < to) {
            out.add(new Quote(open, to, innerStart, to, false, false));
        }
    }

    /** A straight mark right after a word and not before one closes a curly quotation typed carelessly. */
    private static boolean closesWord(String text, int i, int lineEnd) {
        return i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 >= lineEnd || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    private static boolean startsWord(String text, int i, int lineStart) {
        return i == lineStart || Character.isWhitespace(text.charAt(i - 1));
    }

    /** An open quote at the end of a paragraph goes on when the next paragraph opens with a quote mark. */
    private static void markContinuations(String text, List<Quote> quotes) {
        for (int k = 0; k + 1 < quotes.size(); k++) {
            Quote q = quotes.get(k);
            if (q.closed()) {
                continue;
            }
            Quote next = quotes.get(k + 1);
            String between = text.substring(q.end(), next.start());
            if (between.strip().isEmpty() && between.contains("\n")) {
                quotes.set(k, new Quote(q.start(), q.end(), q.innerStart(), q.innerEnd(), false, true));
            }
        }
    }
}
