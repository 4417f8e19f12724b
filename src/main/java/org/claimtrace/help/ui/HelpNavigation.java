package org.claimtrace.help.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.claimtrace.base.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class HelpNavigation {

    @Bean
    NavigationEntry helpEntry() {
        return new NavigationEntry("Help", HelpView.class, VaadinIcon.QUESTION_CIRCLE_O, 940);
    }
}
