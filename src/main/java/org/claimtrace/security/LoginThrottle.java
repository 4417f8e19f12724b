package org.claimtrace.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing, per account and per client address, for the login form and the API alike. Each
 * key has a bucket of tries that refills slowly; a failed login takes one, and an empty bucket refuses the
 * next try before any password is hashed (the cheap check first). Unknown user names count like real ones,
 * so the answer never tells whether an account exists. A successful login refills the account's bucket.
 */
@Component
public class LoginThrottle {

    /** Keys remembered at most (the oldest is forgotten first), so a flood of made-up names cannot fill the heap. */
    private static final int MAX_KEYS = 50_000;

    private final int accountTries;
    private final int addressTries;
    private final Duration refill;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_KEYS;
        }
    };

    LoginThrottle(@Value("${claimtrace.login.account-tries:10}") int accountTries,
                  @Value("${claimtrace.login.address-tries:30}") int addressTries,
                  @Value("${claimtrace.login.refill:PT1M}") Duration refill) {
        this.accountTries = accountTries;
        this.addressTries = addressTries;
        this.refill = refill;
    }

    /** How long the caller must wait before trying again, if at all. */
    public synchronized Optional<Duration> waitBefore(String username, String address) {
        long now = System.nanoTime();
        long wait = Math.max(bucket(accountKey(username), accountTries).waitNanos(now),
                bucket(addressKey(address), addressTries).waitNanos(now));
        return wait <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait).plusSeconds(1).withNanos(0));
    }

    public synchronized void failed(String username, String address) {
        long now = System.nanoTime();
        bucket(accountKey(username), accountTries).take(now);
        bucket(addressKey(address), addressTries).take(now);
    }

    public synchronized void succeeded(String username) {
        buckets.remove(accountKey(username));
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, refill.toNanos()));
    }

    private static String accountKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "" : address);
    }

    /** A token bucket refilled lazily: one try per refill period, up to the capacity. */
    private static final class Bucket {
        private final int capacity;
        private final long refillNanos;
        private double tries;
        private long updated;

        Bucket(int capacity, long refillNanos) {
            this.capacity = capacity;
            this.refillNanos = refillNanos;
            this.tries = capacity;
            this.updated = System.nanoTime();
        }

        private void refill(long now) {
            tries = Math.min(capacity, tries + (double) (now - updated) / refillNanos);
            updated = now;
        }

        long waitNanos(long now) {
            refill(now);
            return tries >= 1 ? 0 : (long) ((1 - tries) * refillNanos);
        }

        void take(long now) {
            refill(now);
            tries = Math.max(0, tries - 1);
        }
    }
}
