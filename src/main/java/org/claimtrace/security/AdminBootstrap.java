package org.claimtrace.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * On an empty database, creates the one administrator "admin". No default password ships: it comes from
 * CLAIMTRACE_ADMIN_PASSWORD, or is generated and printed once in the log.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountService accounts;
    private final boolean generated;
    /** The first administrator's password and its hash under way; null when the database has users already. */
    private final String password;
    private final FutureTask<String> hash;

    AdminBootstrap(UserAccountService accounts, PasswordEncoder passwordEncoder,
                   @Value("${claimtrace.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.generated = configuredPassword.isBlank();
        if (accounts.noUsersYet()) {
            // A first start. BCrypt is slow on purpose (about a third of a second, cold): hashed on a thread of its
            // own while the rest of the context is built, not on the start-up path after it (decision 008).
            password = generated ? generatePassword() : configuredPassword;
            hash = new FutureTask<>(() -> passwordEncoder.encode(password));
            Thread.ofPlatform().name("admin-password").daemon().start(hash);
        } else {
            password = null;
            hash = null;
        }
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException, ExecutionException {
        if (hash == null || !accounts.noUsersYet()) {
            return;
        }
        accounts.createFirstAdmin(hash.get(), generated);
        if (!generated) {
            log.info("Created the administrator 'admin' with the password from CLAIMTRACE_ADMIN_PASSWORD.");
            return;
        }
        log.warn("""

                ================================================================
                 Created the administrator 'admin' with the generated password:
                     {}
                 It is shown only this once, and must be changed at the first login.
                 Log in at http://localhost:8080
                ================================================================""", password);
    }

    private static String generatePassword() {
        var bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
