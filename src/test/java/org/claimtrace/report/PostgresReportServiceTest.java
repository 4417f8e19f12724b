package org.claimtrace.report;

import org.claimtrace.OnPostgres;

/** {@link ReportServiceTest} on PostgreSQL: the reports' SQL proved on both databases. */
@OnPostgres
class PostgresReportServiceTest extends ReportServiceTest {
}
