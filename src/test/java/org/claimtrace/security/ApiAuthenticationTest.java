package org.claimtrace.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API's password-or-token check, the login form's password-only check, and who may manage which tokens. */
@SpringBootTest
@ActiveProfiles("test")
class ApiAuthenticationTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApiTokenVerifier verifier;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    AuthenticationConfiguration loginForm;
    @Autowired
    LoginThrottle throttle;

    private String newUser() {
        var name = "token-user-" + UUID.randomUUID().toString().substring(0, 8);
        SystemTask.run(() -> accounts.create(name, PASSWORD, Set.of(Role.EDITOR)));
        return name;
    }

    private ApiTokenService.CreatedToken tokenOf(String user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            return tokens.create("script");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ApiAuthenticationProvider api() {
        return new ApiAuthenticationProvider(userDetails, passwordEncoder, verifier, throttle, accounts);
    }

    private static UsernamePasswordAuthenticationToken basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void theApiAcceptsThePasswordOrATokenWithTheUsersRoles() {
        var user = newUser();
        var token = tokenOf(user);
        assertThat(api().authenticate(basic(user, PASSWORD)).getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_EDITOR");
        assertThat(api().authenticate(basic(user.toUpperCase(), token.secret())).getName()).isEqualTo(user);
        assertThatThrownBy(() -> api().authenticate(basic(user, "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> api().authenticate(basic("no-such-user", token.secret()))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aDisabledUserIsRefusedWithPasswordAndWithToken() {
        var user = newUser();
        var token = tokenOf(user);
        var account = users.findByUsernameIgnoreCase(user).orElseThrow();
        account.setEnabled(false);
        users.save(account);
        assertThatThrownBy(() -> api().authenticate(basic(user, PASSWORD))).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> api().authenticate(basic(user, token.secret()))).isInstanceOf(DisabledException.class);
    }

    @Test
    void theLoginFormNeverAcceptsAToken() throws Exception {
        var user = newUser();
        var token = tokenOf(user);
        var form = loginForm.getAuthenticationManager();
        assertThat(form.authenticate(basic(user, PASSWORD)).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> form.authenticate(basic(user, token.secret()))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void onlyTheTokensHashIsStored() {
        var user = newUser();
        var token = tokenOf(user);
        var stored = users.findByUsernameIgnoreCase(user).orElseThrow();
        assertThat(stored).isNotNull();
        assertThat(ApiTokenSecret.hash(token.secret())).hasSize(64).isNotEqualTo(token.secret());
        assertThat(verifier.ownerOf(token.secret())).contains(user);
        assertThat(verifier.ownerOf(token.secret().toUpperCase())).isEmpty();
    }

    @Test
    void nobodyListsOrRevokesAnothersTokens() {
        var owner = newUser();
        var other = newUser();
        var token = tokenOf(owner);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(other, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            assertThat(tokens.mine()).isEmpty();
            assertThatThrownBy(() -> tokens.revoke(token.token().getId())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("You have no such token.");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(verifier.ownerOf(token.secret())).contains(owner);
    }

    @Test
    void withoutALoginNoTokenCanBeMade() {
        assertThatThrownBy(() -> tokens.create("anonymous"))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
