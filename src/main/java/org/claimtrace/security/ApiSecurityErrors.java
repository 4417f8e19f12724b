package org.claimtrace.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * 401 and 403 of the API chain, answered in the API's error shape ({@code status, error, message,
 * details}) rather than a login page. Written here, not by the API's controller advice, because these
 * refusals happen in the filter chain before any controller is chosen.
 */
class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Claimtrace";

    private final JsonMapper json;

    ApiSecurityErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof InternalAuthenticationServiceException) {
            // the user could not be read: the database failed, not the caller
            org.slf4j.LoggerFactory.getLogger(ApiSecurityErrors.class).error("API authentication failed", failure);
            write(response, HttpStatus.SERVICE_UNAVAILABLE, "The database is not available; nothing was changed. "
                    + "Try again in a while; the administrators find the cause in the log.");
            return;
        }
        if (failure instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfter().toSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        String message = switch (failure) {
            case InsufficientAuthenticationException missing ->
                    "Log in with HTTP Basic: your user name, and your password or a personal API token (My account).";
            case DisabledException disabled -> "This account is disabled.";
            default -> failure.getMessage();
        };
        write(response, HttpStatus.UNAUTHORIZED, message);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Your role does not allow this.");
    }

    private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        body.put("details", List.of());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
