package org.claimtrace.base.live;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the other open views of a change only once the request that made it has been answered: the person who
 * saved gets their answer first, and the fifty open views' updates (their own threads, the same two cores) start
 * after it instead of competing with the rest of the save. A change made outside an HTTP request (a background
 * task, a push connection's message) is told at once, as before. The filter is outermost, so everything the
 * request does (security, the controller, the answer written) is done when the deliveries start; it never
 * holds them longer than the request's own thread runs (decision 025).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AfterResponse extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AfterResponse.class);
    private static final ThreadLocal<List<Runnable>> WAITING = new ThreadLocal<>();

    /** Runs {@code delivery} when the current request has been answered, or at once outside a request. */
    static void deliver(Runnable delivery) {
        var waiting = WAITING.get();
        if (waiting == null) {
            delivery.run();
        } else {
            waiting.add(delivery);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var waiting = new ArrayList<Runnable>();
        WAITING.set(waiting);
        try {
            chain.doFilter(request, response);
        } finally {
            WAITING.remove();
            for (var delivery : waiting) {
                try {
                    delivery.run();
                } catch (RuntimeException e) {
                    log.warn("Telling the open views of a change failed", e);
                }
            }
        }
    }
}
