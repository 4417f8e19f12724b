package org.claimtrace.exchange;

import org.claimtrace.OnPostgres;

/** {@link ImportServiceTest} on PostgreSQL: the export's JDBC queries and the import's checks proved on both databases. */
@OnPostgres
class PostgresImportServiceTest extends ImportServiceTest {
}
