package org.claimtrace.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Test support for an app started in a child JVM from the test class path ({@link org.claimtrace.AppProcess}):
 * gives the administrator the personal API token named by {@code claimtrace.test.admin-token}, so a test can
 * call the API without a password hash per request. Present only on the test class path, active only with
 * that property.
 */
@Component
@Order(1)
@ConditionalOnProperty("claimtrace.test.admin-token")
class ChildAppToken implements ApplicationRunner {


    private final AppUserRepository users;
    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final String secret;

    ChildAppToken(AppUserRepository users, ApiTokenRepository tokens, Clock clock,
                  @Value("${claimtrace.test.admin-token}") String secret) {
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
        this.secret = secret;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var hash = ApiTokenSecret.hash(secret);
        if (tokens.findByHash(hash).isEmpty()) {
            var admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
            tokens.save(new ApiToken(admin, "child app test", hash, ApiTokenSecret.visiblePrefix(secret), clock.instant()));
        }
    }
}
