package org.claimtrace.security.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.claimtrace.base.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SecurityNavigation {

    @Bean
    NavigationEntry usersEntry() {
        return new NavigationEntry("Users", UsersView.class, VaadinIcon.USERS, 900);
    }

    @Bean
    NavigationEntry accountEntry() {
        return new NavigationEntry("My account", AccountView.class, VaadinIcon.USER_CARD, 950);
    }
}
