package org.claimtrace.base;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.AppShellRegistry;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vaadin, started as the app starts, finds every view of the app and its shell although it looks only in the
 * packages Application lists (ArchitectureTest holds the rule; this proves Vaadin honours the list).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VaadinScanTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void everyViewIsRegisteredAndTheShellIsOurs() {
        var views = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.claimtrace").stream()
                .filter(type -> type.isAnnotatedWith(Route.class))
                .map(JavaClass::getName)
                .toList();
        var context = new VaadinServletContext(servletContext);
        var registered = ApplicationRouteRegistry.getInstance(context).getRegisteredRoutes().stream()
                .map(RouteData::getNavigationTarget).map(Class::getName).toList();

        assertThat(views).hasSizeGreaterThan(15);
        assertThat(registered).containsExactlyInAnyOrderElementsOf(views);
        assertThat(AppShellRegistry.getInstance(context).getShell()).isEqualTo(AppShell.class);
    }
}
