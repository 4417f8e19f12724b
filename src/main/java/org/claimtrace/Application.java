package org.claimtrace;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.claimtrace.base.CompilerThreadPriority;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

import java.time.Clock;

@SpringBootApplication
// Where Vaadin looks, at every start, for views, layouts, the app shell and its other types: base (the layout
// and the shell) and each feature's ui package. Without the list it read all 800 of the app's class files about
// seven times over (decision 008); ArchitectureTest fails when a view, layout or shell lies outside it.
@EnableVaadin({"org.claimtrace.base", "org.claimtrace.annotation.ui", "org.claimtrace.article.ui",
        "org.claimtrace.attribution.ui", "org.claimtrace.claim.ui", "org.claimtrace.exchange.ui",
        "org.claimtrace.help.ui", "org.claimtrace.history.ui", "org.claimtrace.linking.ui", "org.claimtrace.reader.ui",
        "org.claimtrace.report.ui", "org.claimtrace.review.ui", "org.claimtrace.security.ui"})
public class Application {

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

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
