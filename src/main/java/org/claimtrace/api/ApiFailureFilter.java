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

    /** A JSON request body: an article of the longest text allowed (5 million characters), with room to spare. */
    static final long MAX_JSON_BYTES = 16L * 1024 * 1024;

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
        boolean isImport = request.getRequestURI().startsWith(request.getContextPath() + "/api/import/");
        if (!isImport && request.getContentLengthLong() > MAX_JSON_BYTES) {
            // refused before a byte of it is read (an import streams its body and stops at its own limit). Sent at
            // once: Tomcat then drops the connection rather than read the body, and would drop an unsent answer with it.
            response.setHeader("Connection", "close");
            write(response, HttpStatus.CONTENT_TOO_LARGE.value(), BodyTooLargeException.MESSAGE);
            response.flushBuffer();
            return;
        }
        var limited = isImport ? request : new LimitedBody(request);
        try {
            chain.doFilter(limited, guarded);
        } catch (Exception e) {
            if (BodyTooLargeException.causeOf(e) && !response.isCommitted()) {
                response.reset();
                write(response, HttpStatus.CONTENT_TOO_LARGE.value(), BodyTooLargeException.MESSAGE);
                return;
            }
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

    /** A body sent without its length (chunked) is read only up to the limit. */
    private static final class LimitedBody extends jakarta.servlet.http.HttpServletRequestWrapper {

        private jakarta.servlet.ServletInputStream limited;

        LimitedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                var in = super.getInputStream();
                limited = new jakarta.servlet.ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > MAX_JSON_BYTES) {
                            throw new BodyTooLargeException();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(jakarta.servlet.ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
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
