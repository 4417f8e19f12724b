package org.claimtrace.review.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.claimtrace.base.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ReviewNavigation {

    @Bean
    NavigationEntry reviewEntry() {
        return new NavigationEntry("Review", ReviewSessionsView.class, VaadinIcon.CHECK_SQUARE_O, 16);
    }
}
