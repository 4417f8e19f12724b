package org.claimtrace.article;

import org.claimtrace.OnPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The same contract on PostgreSQL: Flyway's scripts, Hibernate's validation and every query. */
@SpringBootTest
@ActiveProfiles("test")
@OnPostgres
class PostgresArticleRepositoryTest extends ArticleRepositoryContract {
}
