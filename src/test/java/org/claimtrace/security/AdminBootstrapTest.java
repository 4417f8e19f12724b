package org.claimtrace.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

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
    void aGeneratedFirstPasswordMustBeChangedAtTheFirstLoginAndAConfiguredOneNeedNot() throws Exception {
        var accounts = mock(UserAccountService.class);
        when(accounts.noUsersYet()).thenReturn(true);
        new AdminBootstrap(accounts, passwordEncoder, "").run(null);
        verify(accounts).createFirstAdmin(anyString(), eq(true));

        var configured = mock(UserAccountService.class);
        when(configured.noUsersYet()).thenReturn(true);
        new AdminBootstrap(configured, passwordEncoder, "chosen-password").run(null);
        verify(configured).createFirstAdmin(argThat(hash -> passwordEncoder.matches("chosen-password", hash)), eq(false));
    }

    @Test
    void aStartWithUsersHashesNothingAndCreatesNoOne() throws Exception {
        var accounts = mock(UserAccountService.class);
        when(accounts.noUsersYet()).thenReturn(false);
        var encoder = mock(PasswordEncoder.class);

        new AdminBootstrap(accounts, encoder, "chosen-password").run(null);

        verify(accounts, never()).createFirstAdmin(anyString(), anyBoolean());
        verifyNoInteractions(encoder);
    }
}
