package org.claimtrace;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A test class that runs against the PostgreSQL that {@code bash .ci/run} starts (and is skipped, with a
 * notice, without one). The connection comes from one initializer, {@link Database}, and from nothing in the
 * classes themselves, so every {@code @OnPostgres} class with the same Spring set-up shares one application
 * context (Spring's test context cache) instead of starting its own.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "CLAIMTRACE_TEST_PG_URL", matches = ".+",
        disabledReason = "NOTICE: PostgreSQL tests skipped: set CLAIMTRACE_TEST_PG_URL (bash .ci/run does)")
@ContextConfiguration(initializers = OnPostgres.Database.class)
public @interface OnPostgres {

    /** Points the data source at CLAIMTRACE_TEST_PG_URL, ahead of application-test.properties' H2 file. */
    final class Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var env = System.getenv();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("claimtrace-test-postgres", Map.of(
                    "spring.datasource.url", env.get("CLAIMTRACE_TEST_PG_URL"),
                    "spring.datasource.username", env.getOrDefault("CLAIMTRACE_TEST_PG_USER", "postgres"),
                    "spring.datasource.password", env.getOrDefault("CLAIMTRACE_TEST_PG_PASSWORD", ""))));
        }
    }
}
