package org.claimtrace.linking;

import org.claimtrace.OnPostgres;

/** {@link StoredEmbeddingsTest} on PostgreSQL (BYTEA vectors). */
@OnPostgres
class PostgresStoredEmbeddingsTest extends StoredEmbeddingsTest {
}
