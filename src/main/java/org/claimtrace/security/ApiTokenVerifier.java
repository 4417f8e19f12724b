package org.claimtrace.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Checks a presented token during authentication, before anyone is logged in, which is why it is not
 * part of the secured {@link ApiTokenService}. Records when a good token was last used.
 */
@Component
class ApiTokenVerifier {

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenVerifier(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The user name the token belongs to, when it is a live token. */
    @Transactional
    Optional<String> ownerOf(String presented) {
        if (!ApiTokenSecret.looksLikeToken(presented)) {
            return Optional.empty();
        }
        var token = tokens.findByHash(ApiTokenSecret.hash(presented)).filter(t -> !t.isRevoked());
        var now = clock.instant();
        token.filter(t -> t.getLastUsedAt().map(last -> last.isBefore(now.minusSeconds(60))).orElse(true))
                .ifPresent(t -> tokens.markUsed(t.getId(), now, now.minusSeconds(60)));
        return token.map(t -> t.getOwner().getUsername());
    }
}
