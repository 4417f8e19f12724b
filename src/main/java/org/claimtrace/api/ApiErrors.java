package org.claimtrace.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrace.annotation.DuplicateAnnotationException;
import org.claimtrace.article.ArticleRejectedException;
import org.claimtrace.article.DuplicateArticleException;
import org.claimtrace.base.ConflictException;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.base.Refusal;
import org.claimtrace.base.RejectedException;
import org.claimtrace.exchange.FileRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
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

/**
 * Every refusal under /api/ as {@code {status, error, message, details}}: the services' own exceptions
 * with the reasons an editor would read in the UI, and Spring MVC's (malformed JSON, wrong parameter
 * types, unknown paths, wrong methods) in the same shape. 401 and 403 raised before a controller runs are
 * written by the API security chain in the same shape.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** The services' refusals: one status per kind, the service's own words, and the details some carry. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<ApiError> refused(Refusal e) {
        var status = switch (e) {
            case NotFoundException notFound -> HttpStatus.NOT_FOUND;
            case ConflictException conflict -> HttpStatus.CONFLICT;
            case RejectedException rejected -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        var message = e instanceof DuplicateArticleException duplicate
                ? "Duplicate of article " + duplicate.existingId() + " (/api/articles/" + duplicate.existingId() + "): " + e.getMessage()
                : e.getMessage();
        return respond(status, message, details(e));
    }

    private static List<ApiError.Detail> details(Refusal e) {
        return switch (e) {
            case ArticleRejectedException article -> article.problems().stream()
                    .map(p -> ApiError.Detail.field(p.field(), p.message())).toList();
            case DuplicateArticleException duplicate -> List.of(ApiError.Detail.field("text", duplicate.getMessage()));
            case DuplicateAnnotationException duplicate -> List.of(ApiError.Detail.field("annotationId",
                    "/api/annotations/" + duplicate.existingId()));
            case FileRejectedException file -> file.problems().stream()
                    .map(p -> new ApiError.Detail(p.line() == null ? null : p.line().intValue(), p.field(), p.message())).toList();
            default -> List.of();
        };
    }

    /** Two requests changed the same row at once: the later one is refused like a stale version. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiError> changedMeanwhile(OptimisticLockingFailureException e) {
        return respond(HttpStatus.CONFLICT, "Someone else changed this at the same moment; nothing was saved. "
                + "Read it again and repeat your change.", List.of());
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

    /**
     * The rest, under /api/ only: other requests (the Vaadin UI) keep their own error handling. A database
     * that cannot be used is 503, so a script retries later instead of taking the answer for a result.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        if (!response.isCommitted()) {
            response.reset(); // an export may have set its file's type and name already
        }
        if (DatabaseFailures.isDatabaseFailure(e)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseFailures.MESSAGE, List.of()));
        }
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

    /** In the API's words, with the field that is wrong: never Jackson's message, which names Java classes. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (BodyTooLargeException.causeOf(e)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.of(HttpStatus.CONTENT_TOO_LARGE, BodyTooLargeException.MESSAGE, List.of()));
        }
        var unreadable = UnreadableBody.explain(e);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(status, unreadable.message(), unreadable.details()));
    }

    /** Spring MVC's own refusals (wrong method, parameter type, unknown path…), in our shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        var message = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail() : e.getMessage();
        return ResponseEntity.status(status).headers(headers).body(ApiError.of(status, message, List.of()));
    }

    private static ResponseEntity<ApiError> respond(HttpStatus status, String message, List<ApiError.Detail> details) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(status, message, details));
    }
}
