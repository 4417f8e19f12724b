package org.claimtrace.article.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.claimtrace.base.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ArticleNavigation {

    @Bean
    NavigationEntry articlesEntry() {
        return new NavigationEntry("Articles", ArticlesView.class, VaadinIcon.NEWSPAPER, 10);
    }

    @Bean
    NavigationEntry importEntry() {
        return new NavigationEntry("Import article", ImportView.class, VaadinIcon.UPLOAD, 20);
    }

    @Bean
    NavigationEntry outletsEntry() {
        return new NavigationEntry("Outlets", OutletsView.class, VaadinIcon.BUILDING, 30);
    }
}
