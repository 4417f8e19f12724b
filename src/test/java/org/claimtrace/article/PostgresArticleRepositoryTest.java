package org.claimtrace.article;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same contract on PostgreSQL: Flyway's scripts, Hibernate's validation and every query. */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfEnvironmentVariable(named = "CLAIMTRACE_TEST_PG_URL", matches = ".+",
        disabledReason = "NOTICE: PostgreSQL tests skipped: set CLAIMTRACE_TEST_PG_URL (bash .ci/run does)")
class PostgresArticleRepositoryTest extends ArticleRepositoryContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("CLAIMTRACE_TEST_PG_URL"));
        registry.add("spring.datasource.username", () -> System.getenv().getOrDefault("CLAIMTRACE_TEST_PG_USER", "postgres"));
        registry.add("spring.datasource.password", () -> System.getenv().getOrDefault("CLAIMTRACE_TEST_PG_PASSWORD", ""));
    }
}
