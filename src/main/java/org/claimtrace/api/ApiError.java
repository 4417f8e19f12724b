package org.claimtrace.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.HttpStatus;

import java.util.List;

/** The one error shape of the API: what went wrong in words, and per line or field where that is known. */
record ApiError(int status, String error, String message, List<Detail> details) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Detail(Integer line, String field, String message) {

        static Detail field(String field, String message) {
            return new Detail(null, field, message);
        }
    }

    static ApiError of(HttpStatusCode status, String message, List<Detail> details) {
        var resolved = HttpStatus.resolve(status.value());
        return new ApiError(status.value(), resolved == null ? "Error" : resolved.getReasonPhrase(), message, details);
    }
}
