package org.claimtrace.annotation;

import org.claimtrace.base.ConflictException;

/** The article already has this annotation: the same span with the same attribution type. */
public class DuplicateAnnotationException extends ConflictException {

    private final long existingId;

    public DuplicateAnnotationException(long existingId, String typeCode) {
        super("This span is already annotated as " + typeCode + " (annotation " + existingId
                + "); change that one instead of adding it again.");
        this.existingId = existingId;
    }

    public long existingId() {
        return existingId;
    }
}
