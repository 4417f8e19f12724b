package org.claimtrace.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic for the API: the user name with either the password or one of the user's live tokens. A
 * disabled account is refused either way. Deliberately not a bean: a lone AuthenticationProvider bean
 * would replace the login form's password check too, and the form must never accept a token.
 */
class ApiAuthenticationProvider implements AuthenticationProvider {

    private static final String BAD_CREDENTIALS = "Wrong user name, password or token.";

    private final UserDetailsService users;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokenVerifier tokens;
    private final LoginThrottle throttle;
    private final UserAccountService accounts;
    private volatile String unknownUserHash;

    ApiAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, ApiTokenVerifier tokens,
                              LoginThrottle throttle, UserAccountService accounts) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    /**
     * The cheap checks first: a live token of this user (one hash look-up) passes at once, even while the account
     * is throttled (256 random bits need no slowing down, and a script must not be locked out by someone guessing
     * its owner's password); otherwise too many failed tries refuse the call before the password is hashed.
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = authentication.getName();
        var presented = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var address = authentication.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        boolean tokenMatches = tokens.ownerOf(presented).filter(owner -> owner.equalsIgnoreCase(username)).isPresent();
        if (!tokenMatches) {
            var wait = throttle.waitBefore(username, address);
            if (wait.isPresent()) {
                throw new LoginThrottledException(wait.get());
            }
        }
        var user = loadUser(username, address);
        if (!tokenMatches && !passwordEncoder.matches(presented, user.getPassword())) {
            throttle.failed(username, address);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        if (!user.isEnabled()) {
            throw new DisabledException("This account is disabled.");
        }
        if (!tokenMatches) {
            throttle.succeeded(username);
            if (accounts.passwordChangeRequired(username)) {
                throw new CredentialsExpiredException("This password was made for you and must be changed first: "
                        + "log in to Claimtrace in a browser and choose your own.");
            }
        }
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private org.springframework.security.core.userdetails.UserDetails loadUser(String username, String address) {
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            // as long as a wrong password for a real user takes, so the answer time does not tell who exists
            passwordEncoder.matches("not the password", unknownUserHash());
            throttle.failed(username, address);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = passwordEncoder.encode("a password nobody has");
        }
        return unknownUserHash;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
