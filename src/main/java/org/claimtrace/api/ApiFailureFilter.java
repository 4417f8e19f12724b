package org.claimtrace.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;

/**
 * The outermost guard of /api/: whatever fails on the way (the security filters reading a user from a closed
 * database, a controller, a streamed export), a script gets a status that says so and the API's JSON error
 * shape, never a 200 and never an HTML page. An error status set by the container or a filter is written here
 * too, instead of being forwarded to the app's HTML error page (which lies behind the login form).
 */
class ApiFailureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiFailureFilter.class);

    private final JsonMapper json;

    ApiFailureFilter(JsonMapper json) {
        this.json = json;
    }

    @Configuration
    static class Registration {
        @Bean
        FilterRegistrationBean<ApiFailureFilter> apiFailureFilter(JsonMapper json) {
            var registration = new FilterRegistrationBean<>(new ApiFailureFilter(json));
            registration.addUrlPatterns("/api/*");
            // before Spring Security's chain (order -100), which reads users from the database
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var guarded = new JsonErrors(response);
        try {
            chain.doFilter(request, guarded);
        } catch (Exception e) {
            var status = DatabaseFailures.isDatabaseFailure(e) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
            log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            if (response.isCommitted()) {
                return; // a stream already under way: the cut connection tells the client it is incomplete
            }
            response.reset();
            write(response, status.value(), status == HttpStatus.SERVICE_UNAVAILABLE ? DatabaseFailures.MESSAGE
                    : "Something went wrong on the server; it is logged.");
        }
    }

    private void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.setHeader("Retry-After", "30");
        }
        json.writeValue(response.getOutputStream(), ApiError.of(HttpStatus.valueOf(status), message, List.of()));
    }

    /** Answers sendError in the API's shape rather than with the container's error page. */
    private final class JsonErrors extends HttpServletResponseWrapper {

        JsonErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                super.sendError(status, message);
                return;
            }
            resetBuffer();
            var resolved = HttpStatus.resolve(status);
            write((HttpServletResponse) getResponse(), status, message != null && !message.isBlank() ? message
                    : resolved == null ? "Error " + status : resolved.getReasonPhrase());
            flushBuffer();
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }
    }
}
