package org.claimtrace.claim;

/** How well an annotation's span still fits its article after the text changed. */
public enum AnchorState {
    ANCHORED, TEXT_CHANGED, ORPHANED
}
