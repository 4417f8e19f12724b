package org.claimtrace;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that runs against the PostgreSQL that {@code bash .ci/run} starts (and is skipped, with a
 * notice, without one). Its {@code @DynamicPropertySource} method calls {@link Database#use}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "CLAIMTRACE_TEST_PG_URL", matches = ".+",
        disabledReason = "NOTICE: PostgreSQL tests skipped: set CLAIMTRACE_TEST_PG_URL (bash .ci/run does)")
public @interface OnPostgres {

    final class Database {
        private Database() {
        }

        public static void use(DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", () -> System.getenv("CLAIMTRACE_TEST_PG_URL"));
            registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("CLAIMTRACE_TEST_PG_USER", "postgres"));
            registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("CLAIMTRACE_TEST_PG_PASSWORD", ""));
        }
    }
}
