package org.claimtrace.annotation;

import java.util.List;

/**
 * Annotations were created, edited, moved, deleted or restored (one, or all of an article's at a revision):
 * whatever mirrors annotations (the match index) follows, once per batch.
 */
public record AnnotationChanged(List<Long> annotationIds) {

    public AnnotationChanged {
        annotationIds = List.copyOf(annotationIds);
    }

    public static AnnotationChanged of(long annotationId) {
        return new AnnotationChanged(List.of(annotationId));
    }
}
