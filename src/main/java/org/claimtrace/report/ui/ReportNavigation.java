package org.claimtrace.report.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.claimtrace.base.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReportNavigation {

    @Bean
    NavigationEntry reportsEntry() {
        return new NavigationEntry("Reports", ReportsView.class, VaadinIcon.CHART, 16);
    }
}
