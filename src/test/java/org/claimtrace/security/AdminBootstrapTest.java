package org.claimtrace.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class AdminBootstrapTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theFirstStartCreatesOneAdminWithTheConfiguredPassword() {
        var admin = users.loadUserByUsername("admin");
        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(passwordEncoder.matches("admin-test-password", admin.getPassword())).isTrue();
        assertThat(passwordEncoder.matches("admin", admin.getPassword())).isFalse();
    }

    @Test
    void aGeneratedFirstPasswordMustBeChangedAtTheFirstLoginAndAConfiguredOneNeedNot() {
        var accounts = org.mockito.Mockito.mock(UserAccountService.class);
        org.mockito.Mockito.when(accounts.noUsersYet()).thenReturn(true);
        new AdminBootstrap(accounts, "").run(null);
        org.mockito.Mockito.verify(accounts).createFirstAdmin(org.mockito.ArgumentMatchers.anyString(),
                org.mockito.ArgumentMatchers.eq(true));

        var configured = org.mockito.Mockito.mock(UserAccountService.class);
        org.mockito.Mockito.when(configured.noUsersYet()).thenReturn(true);
        new AdminBootstrap(configured, "chosen-password").run(null);
        org.mockito.Mockito.verify(configured).createFirstAdmin("chosen-password", false);
    }
}
