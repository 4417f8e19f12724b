package org.claimtrace.annotation.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.claimtrace.base.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AnnotationNavigation {

    @Bean
    NavigationEntry annotationsEntry() {
        return new NavigationEntry("Annotations", AnnotationsView.class, VaadinIcon.QUOTE_LEFT, 11);
    }
}
