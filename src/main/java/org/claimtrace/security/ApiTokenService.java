package org.claimtrace.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Personal API tokens of the logged-in user: create (the token is shown once), list, revoke. Every
 * method acts on the caller's own tokens only; nobody, not even an administrator, sees another's.
 */
@Service
@Transactional
@PreAuthorize(Role.Names.CAN_READ)
public class ApiTokenService {

    /** A token just made: {@code secret} is the only copy there will ever be. */
    public record CreatedToken(ApiToken token, String secret) {
    }

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public CreatedToken create(String name) {
        var label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > ApiToken.NAME_MAX) {
            throw new IllegalArgumentException("Name the token (1 to " + ApiToken.NAME_MAX
                    + " characters), e.g. after the script that will use it.");
        }
        var owner = users.findByUsernameIgnoreCase(currentUser.name())
                .orElseThrow(() -> new IllegalArgumentException("Only a user account can have API tokens."));
        var secret = ApiTokenSecret.generate();
        var token = tokens.save(new ApiToken(owner, label, ApiTokenSecret.hash(secret), ApiTokenSecret.visiblePrefix(secret),
                clock.instant()));
        return new CreatedToken(token, secret);
    }

    /** The caller's tokens, newest first, revoked ones included (marked so). */
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.findByOwner(currentUser.name());
    }

    public void revoke(long tokenId) {
        var token = tokens.findById(tokenId)
                .filter(t -> t.getOwner().getUsername().equalsIgnoreCase(currentUser.name()))
                // someone else's token is reported like a missing one: its existence is not theirs to learn
                .orElseThrow(() -> new IllegalArgumentException("You have no such token."));
        token.revoke(clock.instant());
    }
}
