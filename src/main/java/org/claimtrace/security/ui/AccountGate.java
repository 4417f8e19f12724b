package org.claimtrace.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.claimtrace.security.UserAccountService;
import org.springframework.stereotype.Component;

/**
 * Checked before every view opens: a user an administrator disabled is logged out (their session ends at its next
 * page), and a user whose password was generated or reset sees only Change password until they have changed it.
 */
@Component
class AccountGate implements VaadinServiceInitListener {

    private final UserAccountService accounts;
    private final AuthenticationContext authentication;

    AccountGate(UserAccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var name = authentication.getPrincipalName();
        if (name.isEmpty() || event.getNavigationTarget() == LoginView.class) {
            return;
        }
        if (accounts.isDisabled(name.get())) {
            authentication.logout();
            return;
        }
        if (event.getNavigationTarget() != ChangePasswordView.class && accounts.passwordChangeRequired(name.get())) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
