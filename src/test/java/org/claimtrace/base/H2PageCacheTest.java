package org.claimtrace.base;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The running app's H2 page cache follows the heap, not H2's fixed 16 MB, although the test URL says nothing of it. */
@SpringBootTest
@ActiveProfiles("test")
class H2PageCacheTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theRunningAppsH2CacheIsASixteenthOfTheHeap() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).doesNotContain("CACHE_SIZE");
            assertThat(H2PageCache.currentKb(connection)).isEqualTo(H2PageCache.sizeKb(Runtime.getRuntime().maxMemory()));
        }
    }

    @Test
    void anAddressThatNamesItsCacheSizeKeepsItAndOneThatDoesNotGetsTheHeapsSixteenth() throws Exception {
        var named = "jdbc:h2:mem:cache-" + java.util.UUID.randomUUID() + ";CACHE_SIZE=8192";
        var plain = "jdbc:h2:mem:cache-" + java.util.UUID.randomUUID();
        for (var url : java.util.List.of(named, plain)) {
            var database = new org.springframework.jdbc.datasource.SingleConnectionDataSource(url, "sa", "", true);
            try {
                new H2PageCache(database, new org.springframework.mock.env.MockEnvironment().withProperty("spring.datasource.url", url));
                try (var connection = database.getConnection()) {
                    assertThat(H2PageCache.currentKb(connection))
                            .isEqualTo(url.equals(named) ? 8192 : H2PageCache.sizeKb(Runtime.getRuntime().maxMemory()));
                }
            } finally {
                database.destroy();
            }
        }
    }

    @Test
    void theCacheIsASixteenthOfTheHeapButNeverBelowH2sOwnDefault() {
        assertThat(H2PageCache.sizeKb(1L << 30)).isEqualTo(64 * 1024);
        assertThat(H2PageCache.sizeKb(4L << 30)).isEqualTo(256 * 1024);
        assertThat(H2PageCache.sizeKb(128L << 20)).isEqualTo(16 * 1024);
    }
}
