package org.claimtrace.annotation;

/** A span or change refused, with the reason in an editor's words; nothing was saved. */
public class AnnotationRejectedException extends RuntimeException {

    public AnnotationRejectedException(String message) {
        super(message);
    }
}
