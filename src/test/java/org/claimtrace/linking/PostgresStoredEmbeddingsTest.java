package org.claimtrace.linking;

import org.claimtrace.OnPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link StoredEmbeddingsTest} on PostgreSQL (BYTEA vectors). */
@OnPostgres
class PostgresStoredEmbeddingsTest extends StoredEmbeddingsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        OnPostgres.Database.use(registry);
    }
}
