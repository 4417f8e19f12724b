package org.claimtrace.claim.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.claimtrace.base.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClaimNavigation {

    @Bean
    NavigationEntry claimsEntry() {
        return new NavigationEntry("Claims", ClaimsView.class, VaadinIcon.CONNECT, 12);
    }

    @Bean
    NavigationEntry triageEntry() {
        return new NavigationEntry("Triage", TriageView.class, VaadinIcon.SCALE, 14);
    }
}
