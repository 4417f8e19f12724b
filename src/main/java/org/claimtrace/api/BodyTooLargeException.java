package org.claimtrace.api;

import java.io.IOException;

/** A request body over {@link ApiFailureFilter#MAX_JSON_BYTES}: reading stopped there. */
class BodyTooLargeException extends IOException {

    static final String MESSAGE = "The request body is larger than 16 MB, the most an API call takes "
            + "(annotation files up to 100 MB go to /api/import/annotations).";

    BodyTooLargeException() {
        super(MESSAGE);
    }

    static boolean causeOf(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
