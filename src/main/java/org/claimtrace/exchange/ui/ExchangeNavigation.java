package org.claimtrace.exchange.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.claimtrace.base.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ExchangeNavigation {

    @Bean
    NavigationEntry exportEntry() {
        return new NavigationEntry("Export", ExportView.class, VaadinIcon.DOWNLOAD, 40);
    }

    @Bean
    NavigationEntry importAnnotationsEntry() {
        return new NavigationEntry("Import annotations", AnnotationImportView.class, VaadinIcon.FILE_TEXT, 42);
    }
}
