package org.claimtrace.anchoring;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Re-anchors claim annotations from one revision of an article to the next. The diff of the two revisions is
 * computed once, in {@link #between}; each {@link #reanchor} is then a few binary searches unless the span was
 * edited.
 *
 * <p>The rule that shapes it: an approximate match is never passed off as an unchanged one. A span whose wording
 * changed is {@link AnchorState#TEXT_CHANGED} with old and new wording for an editor to confirm; a span that
 * cannot be found with confidence is {@link AnchorState#ORPHANED}. Same words elsewhere in the article only
 * count as the span when the passage itself was moved there and its surroundings came along.
 */
public final class Reanchorer {

    /**
     * A span edited in place counts as the same span, reworded, when at least half of its characters survive
     * (normalised Levenshtein). The diff already says it sits at the same place; the threshold only rejects a span
     * replaced by a different sentence (unrelated news sentences measured 0.17 to 0.31). A typical attribution edit, "the officials said"
     * to "the officials told reporters", scores 0.54.
     */
    static final double REWORDED_MIN_SIMILARITY = 0.5;

    private final String oldText;
    private final String newText;
    private final OffsetMap offsets;

    private Reanchorer(String oldText, String newText, OffsetMap offsets) {
        this.oldText = oldText;
        this.newText = newText;
        this.offsets = offsets;
    }

    /** Prepares re-anchoring from {@code oldText} to {@code newText}, diffing the two revisions once. */
    public static Reanchorer between(String oldText, String newText) {
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
        return new Reanchorer(oldText, newText, new OffsetMap(CharacterDiff.between(oldText, newText)));
    }

    /** Where {@code anchor}, a span of the old text, is in the new text. */
    public Reanchored reanchor(TextAnchor anchor) {
        Objects.requireNonNull(anchor, "anchor");
        if (anchor.end() > oldText.length() || !oldText.startsWith(anchor.quote(), anchor.start())) {
            // Not a span of the old revision (stale or imported): the diff says nothing about it.
            return locate(anchor, newText);
        }
        if (!offsets.touchesOld(anchor.start(), anchor.end())) {
            int start = offsets.mapStart(anchor.start());
            return Reanchored.anchored(TextAnchor.of(newText, start, start + anchor.length()), anchor.quote());
        }
        int start = offsets.mapStart(anchor.start());
        int end = offsets.mapEnd(anchor.end());
        double similarity = end > start
                ? WordingSimilarity.atLeast(anchor.quote(), newText.substring(start, end), REWORDED_MIN_SIMILARITY)
                : 0.0;
        if (similarity >= REWORDED_MIN_SIMILARITY) {
            TextAnchor edited = TextAnchor.of(newText, start, end);
            return edited.quote().equals(anchor.quote())
                    ? Reanchored.anchored(edited, anchor.quote())
                    : Reanchored.textChanged(edited, anchor.quote(), similarity);
        }
        OptionalInt moved = movedTo(anchor);
        if (moved.isPresent()) {
            int at = moved.getAsInt();
            return Reanchored.anchored(TextAnchor.of(newText, at, at + anchor.length()), anchor.quote());
        }
        return Reanchored.orphaned(anchor.quote(), similarity);
    }

    /**
     * A moved passage shows in the diff as a deletion here and an insertion there. So only occurrences that are new
     * text at their place qualify (an occurrence that was in the old text all along is a repeated phrase, not the
     * passage), and they need matching surroundings, or, for a quote longer than both contexts together (a whole
     * paragraph moved, so both neighbours changed), to have been unique in the old text and be unique in the new.
     */
    private OptionalInt movedTo(TextAnchor anchor) {
        OptionalInt withContext = ExactQuoteSearch.find(anchor, newText,
                at -> offsets.touchesNew(at, at + anchor.length()));
        if (withContext.isPresent() || anchor.length() < 2 * TextAnchor.CONTEXT_LENGTH) {
            return withContext;
        }
        int at = newText.indexOf(anchor.quote());
        boolean unique = at >= 0
                && ExactQuoteSearch.count(anchor.quote(), newText, 2) == 1
                && ExactQuoteSearch.count(anchor.quote(), oldText, 2) == 1
                && offsets.touchesNew(at, at + anchor.length());
        return unique ? OptionalInt.of(at) : OptionalInt.empty();
    }

    /**
     * Finds {@code anchor} in {@code text} without an old revision to diff against, e.g. for annotations imported
     * from another tool: the exact recorded position; else the exact quote elsewhere with matching surroundings;
     * else a reworded quote near the recorded position ({@link AnchorState#TEXT_CHANGED}); else orphaned.
     */
    public static Reanchored locate(TextAnchor anchor, String text) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(text, "text");
        // The quote is the span: an imported anchor's end may be counted in other units, or be missing.
        int length = anchor.quote().length();
        if (text.startsWith(anchor.quote(), anchor.start())) {
            return Reanchored.anchored(TextAnchor.of(text, anchor.start(), anchor.start() + length), anchor.quote());
        }
        OptionalInt elsewhere = ExactQuoteSearch.find(anchor, text, at -> true);
        if (elsewhere.isPresent()) {
            int at = elsewhere.getAsInt();
            return Reanchored.anchored(TextAnchor.of(text, at, at + length), anchor.quote());
        }
        return FuzzyLocator.near(anchor, text)
                .map(match -> Reanchored.textChanged(TextAnchor.of(text, match.start(), match.end()), anchor.quote(), match.similarity()))
                .orElseGet(() -> Reanchored.orphaned(anchor.quote(), 0.0));
    }
}
