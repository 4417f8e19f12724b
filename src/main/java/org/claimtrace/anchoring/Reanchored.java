package org.claimtrace.anchoring;

import java.util.Objects;

/**
 * The outcome of re-anchoring one annotation.
 *
 * @param state         what was found
 * @param anchor        the span in the new text (new quote, prefix and suffix); {@code null} when orphaned
 * @param previousQuote the wording the annotation had before, so TEXT_CHANGED can show old against new
 * @param similarity    how alike the new wording is to the old, in [0, 1]; 1 for an exact match
 */
public record Reanchored(AnchorState state, TextAnchor anchor, String previousQuote, double similarity) {

    public Reanchored {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(previousQuote, "previousQuote");
        if ((state == AnchorState.ORPHANED) != (anchor == null)) {
            throw new IllegalArgumentException("an anchor is required unless orphaned, and forbidden when orphaned");
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
        }
    }

    static Reanchored anchored(TextAnchor anchor, String previousQuote) {
        return new Reanchored(AnchorState.ANCHORED, anchor, previousQuote, 1.0);
    }

    static Reanchored textChanged(TextAnchor anchor, String previousQuote, double similarity) {
        return new Reanchored(AnchorState.TEXT_CHANGED, anchor, previousQuote, similarity);
    }

    static Reanchored orphaned(String previousQuote, double similarity) {
        return new Reanchored(AnchorState.ORPHANED, null, previousQuote, similarity);
    }
}
