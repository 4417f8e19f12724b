package org.claimtrace.history.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.claimtrace.base.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class HistoryNavigation {

    @Bean
    NavigationEntry historyEntry() {
        return new NavigationEntry("History", AuditLogView.class, VaadinIcon.CLOCK, 910);
    }
}
