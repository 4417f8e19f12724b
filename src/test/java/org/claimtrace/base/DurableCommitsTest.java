package org.claimtrace.base;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app's H2 writes every commit to its file before the commit returns, although the test profile's
 * URL says nothing about it (the default, 500 ms, lost acknowledged edits in a kill -9).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DurableCommitsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void h2KeepsNoCommitInMemoryOnly() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).doesNotContain("WRITE_DELAY");
            assertThat(DurableCommits.h2WriteDelay(connection)).isZero();
        }
    }
}
