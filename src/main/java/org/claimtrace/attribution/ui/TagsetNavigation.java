package org.claimtrace.attribution.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.claimtrace.base.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TagsetNavigation {

    @Bean
    NavigationEntry tagsetEntry() {
        return new NavigationEntry("Attribution types", TagsetView.class, VaadinIcon.TAGS, 800);
    }
}
