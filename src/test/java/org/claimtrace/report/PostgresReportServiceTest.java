package org.claimtrace.report;

import org.claimtrace.OnPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ReportServiceTest} on PostgreSQL: the reports' SQL proved on both databases. */
@OnPostgres
class PostgresReportServiceTest extends ReportServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        OnPostgres.Database.use(registry);
    }
}
