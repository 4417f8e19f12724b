package org.claimtrace.api;

import java.util.List;

/** A request whose fields are not acceptable as sent (400), with a detail per field. */
class BadRequestException extends RuntimeException {

    private final transient List<ApiError.Detail> details;

    BadRequestException(String message, List<ApiError.Detail> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    BadRequestException(String message) {
        this(message, List.of());
    }

    List<ApiError.Detail> details() {
        return details;
    }
}
