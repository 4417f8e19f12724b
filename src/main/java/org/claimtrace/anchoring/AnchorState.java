package org.claimtrace.anchoring;

/** What re-anchoring found for a claim annotation in a new revision of its article; each state is shown to editors. */
public enum AnchorState {
    /** The same wording was found, possibly at a new position. */
    ANCHORED,
    /** The span's wording was edited: the new span is kept, and an editor confirms the old and new wording. */
    TEXT_CHANGED,
    /** The span's text is gone; the annotation is listed apart instead of pointing at the wrong words. */
    ORPHANED
}
