package org.claimtrace.annotation;

/** The annotation changed since the editor loaded it; their change was not applied and is still theirs. */
public class StaleAnnotationException extends RuntimeException {

    public StaleAnnotationException() {
        super("Someone else changed or removed this claim since you opened it. Your change was not saved; "
                + "reload the claim to see theirs, then apply yours again.");
    }
}
