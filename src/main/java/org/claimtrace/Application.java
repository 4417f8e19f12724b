package org.claimtrace;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.claimtrace.base.CompilerThreadPriority;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

import java.time.Clock;

@SpringBootApplication
// Server push: people in one review session, or one article, see each other's changes without reloading.
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/claimtrace.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        CompilerThreadPriority.lowerOptimisingCompiler();
        var app = new SpringApplication(Application.class);
        // -Dclaimtrace.startup-jfr=true with -XX:StartFlightRecording: each start-up step (bean, configuration
        // parsing, repository) becomes a JFR event with its duration, to see where a start goes (decision 008).
        if (Boolean.getBoolean("claimtrace.startup-jfr")) {
            app.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        app.run(args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Claimtrace");
        settings.addFavIcon("icon", "favicon.ico", "32x32");
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
