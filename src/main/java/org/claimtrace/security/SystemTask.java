package org.claimtrace.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/**
 * Runs start-up work (seeding, re-indexing) through the same secured services a user calls, as the
 * explicit user "system", so nothing needs an unsecured back door.
 */
public final class SystemTask {

    private SystemTask() {
    }

    /** Like {@link #run}, for work that gives back a result. */
    public static <T> T call(java.util.function.Supplier<T> task) {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        run(() -> result.set(task.get()));
        return result.get();
    }

    public static void run(Runnable task) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, List.of(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()))));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
