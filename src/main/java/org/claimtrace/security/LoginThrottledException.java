package org.claimtrace.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed logins for this account or from this address: try again after {@link #retryAfter()}. */
public class LoginThrottledException extends AuthenticationException {

    private final transient Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed log-ins. Try again in " + readable(retryAfter) + ".");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    static String readable(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds < 90 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }
}
