package org.claimtrace.claim;

/** An annotation was created, edited, moved, deleted or restored: whatever mirrors annotations (the match index) follows. */
public record AnnotationChanged(long annotationId) {
}
