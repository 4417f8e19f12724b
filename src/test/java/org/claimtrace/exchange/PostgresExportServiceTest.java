package org.claimtrace.exchange;

import org.claimtrace.OnPostgres;

/** {@link ExportServiceTest} on PostgreSQL: the export's JDBC queries and the import's checks proved on both databases. */
@OnPostgres
class PostgresExportServiceTest extends ExportServiceTest {
}
