package org.claimtrace.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Guards the login form's POST /login, before the password is looked at: a post from another site (its
 * Origin, or the browser's Sec-Fetch-Site) is refused, so no page elsewhere can log a browser into an account
 * of the attacker's (login CSRF); and an account or address with too many failed tries is sent back to the
 * form with a message, without a password hash. Failed and successful form logins are counted from Spring
 * Security's events.
 */
@Component
// a servlet filter of its own, ahead of Spring Security's chain (order -100), which handles POST /login
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 20)
class LoginGuard extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginGuard(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameSite(request)) {
            // answered here: an error page would be forwarded to the login page and look like a 302
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Refused: log in from Claimtrace's own login page.");
            return;
        }
        var wait = throttle.waitBefore(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + wait.get().toSeconds());
            return;
        }
        chain.doFilter(request, response);
    }

    /** A browser says where a form post comes from; a script that says nothing is not a browser led astray. */
    static boolean sameSite(HttpServletRequest request) {
        var fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.equalsIgnoreCase("cross-site")) {
            return false;
        }
        var origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return true;
        }
        if (origin.equals("null")) {
            return false; // a sandboxed frame or a data: page
        }
        try {
            var from = URI.create(origin.strip());
            var host = request.getHeader("Host");
            if (from.getHost() == null || host == null) {
                return false;
            }
            var authority = from.getHost().toLowerCase(Locale.ROOT) + (from.getPort() < 0 ? "" : ":" + from.getPort());
            return authority.equals(host.strip().toLowerCase(Locale.ROOT))
                    || authority.equals(stripDefaultPort(host.strip().toLowerCase(Locale.ROOT), from.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripDefaultPort(String host, String scheme) {
        var defaultPort = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
        return host.endsWith(defaultPort) ? host.substring(0, host.length() - defaultPort.length()) : host;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent failure) {
        throttle.failed(failure.getAuthentication().getName(), address(failure.getAuthentication().getDetails()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent success) {
        throttle.succeeded(success.getAuthentication().getName());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
