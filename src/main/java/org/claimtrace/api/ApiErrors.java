package org.claimtrace.api;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtrace.annotation.AnnotationRejectedException;
import org.claimtrace.annotation.StaleAnnotationException;
import org.claimtrace.article.ImportRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every refusal under /api/ as {@code {status, error, message, details}}: the services' own exceptions
 * with the reasons an editor would read in the UI, and Spring MVC's (malformed JSON, wrong parameter
 * types, unknown paths, wrong methods) in the same shape. 401 and 403 raised before a controller runs are
 * written by the API security chain in the same shape.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ApiError> importRejected(ImportRejectedException e) {
        var details = e.problems().stream().map(p -> ApiError.Detail.field(p.field(), p.message())).toList();
        if (e.duplicateOf().isPresent()) {
            long existing = e.duplicateOf().get();
            return respond(HttpStatus.CONFLICT, "Duplicate of article " + existing + " (/api/articles/" + existing + "): "
                    + e.getMessage(), details);
        }
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), details);
    }

    /** A refused annotation import: every bad row with its line. */
    @ExceptionHandler(org.claimtrace.exchange.ImportRejectedException.class)
    ResponseEntity<ApiError> annotationImportRejected(org.claimtrace.exchange.ImportRejectedException e) {
        var details = e.problems().stream()
                .map(p -> new ApiError.Detail(p.line() == null ? null : p.line().intValue(), p.field(), p.message())).toList();
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), details);
    }

    @ExceptionHandler(AnnotationRejectedException.class)
    ResponseEntity<ApiError> annotationRejected(AnnotationRejectedException e) {
        return respond(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), List.of());
    }

    @ExceptionHandler(StaleAnnotationException.class)
    ResponseEntity<ApiError> stale(StaleAnnotationException e) {
        return respond(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    /** Two requests changed the same row at once: the later one is refused like a stale version. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> changedMeanwhile(OptimisticLockingFailureException e) {
        return respond(HttpStatus.CONFLICT, "Someone else changed this at the same moment; nothing was saved. "
                + "Read it again and repeat your change.", List.of());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ApiError> notFound(NoSuchElementException e) {
        return respond(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return respond(HttpStatus.BAD_REQUEST, e.getMessage(), e.details());
    }

    /** The services' @PreAuthorize refusing the caller's role. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return respond(HttpStatus.FORBIDDEN, "Your role does not allow this.", List.of());
    }

    /** The rest, under /api/ only: other requests (the Vaadin UI) keep their own error handling. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on the server; it is logged.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var details = e.getBindingResult().getFieldErrors().stream()
                .map(f -> ApiError.Detail.field(f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.status(status).headers(headers)
                .body(ApiError.of(status, "Some fields are missing or not acceptable.", details));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        // Jackson's own message names the line and column; the rest of it is Java class names, no help to a script.
        var cause = e.getMostSpecificCause().getMessage();
        var firstLine = cause == null ? "" : cause.lines().findFirst().orElse("");
        return ResponseEntity.status(status).headers(headers)
                .body(ApiError.of(status, "The request body is not valid JSON of the expected shape. " + firstLine, List.of()));
    }

    /** Spring MVC's own refusals (wrong method, parameter type, unknown path…), in our shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        var message = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail() : e.getMessage();
        return ResponseEntity.status(status).headers(headers).body(ApiError.of(status, message, List.of()));
    }

    private static ResponseEntity<ApiError> respond(HttpStatus status, String message, List<ApiError.Detail> details) {
        return ResponseEntity.status(status).body(ApiError.of(status, message, details));
    }
}
