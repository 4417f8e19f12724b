package org.claimtrace.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What a token looks like: {@value #PREFIX} and 32 random bytes, URL-safe base64 (46 characters). The
 * prefix lets secret scanners and people recognise a Claimtrace token. A token has 256 random bits, so a
 * plain SHA-256 is enough to store it; a slow password hash would only slow every API call down.
 */
final class ApiTokenSecret {

    static final String PREFIX = "ct_";
    private static final int RANDOM_BYTES = 32;
    private static final int VISIBLE = 10;
    private static final SecureRandom random = new SecureRandom();

    private ApiTokenSecret() {
    }

    static String generate() {
        var bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a password is shaped like one of our tokens (worth a look-up before the slower password check). */
    static boolean looksLikeToken(String presented) {
        return presented != null && presented.startsWith(PREFIX) && presented.length() == generatedLength();
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    static String visiblePrefix(String secret) {
        return secret.substring(0, VISIBLE);
    }

    private static int generatedLength() {
        return PREFIX.length() + (RANDOM_BYTES * 4 + 2) / 3;
    }
}
