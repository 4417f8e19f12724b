package org.claimtrace.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * On an empty database, creates the one administrator "admin". No default password ships: it comes from
 * CLAIMTRACE_ADMIN_PASSWORD, or is generated and printed once in the log.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountService accounts;
    private final String configuredPassword;

    AdminBootstrap(UserAccountService accounts, @Value("${claimtrace.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.noUsersYet()) {
            return;
        }
        if (!configuredPassword.isBlank()) {
            accounts.createFirstAdmin(configuredPassword, false);
            log.info("Created the administrator 'admin' with the password from CLAIMTRACE_ADMIN_PASSWORD.");
            return;
        }
        var password = generatePassword();
        accounts.createFirstAdmin(password, true);
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
