package org.claimtrace.exchange;

import org.claimtrace.OnPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ExportServiceTest} on PostgreSQL: the export's JDBC queries and the import's checks proved on both databases. */
@OnPostgres
class PostgresExportServiceTest extends ExportServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        OnPostgres.Database.use(registry);
    }
}
