package org.claimtrace.attribution;

/** How the cue positions the writer towards the attributed content. */
public enum Stance {
    /** "said", "according to". */
    NEUTRAL,
    /** "reportedly", "could possibly", "believed to". */
    HEDGED,
    /** "alleged", "claimed". */
    DISTANCING,
    /** "acknowledged", "confirmed". */
    COMMITTING
}
