package org.claimtrace.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Embedded H2 keeps recently read pages in a cache of 16 MB unless told otherwise, whatever the heap; the outlet
 * reports over a year read more than that (docs/decisions/027-h2-report-pass.md). At start the cache is sized from
 * the heap, {@value #KB_PER_GB_OF_HEAP} KB per GB (64 MB at 1 GB, 256 MB at 4 GB; H2 1.4 sized its default the same
 * way), never below H2's own 16 MB. An H2 address that names {@code CACHE_SIZE} itself is left as it is.
 * H2 keeps the setting in the database file, so it is set again at every start. PostgreSQL is not touched.
 */
@Component
public class H2PageCache {

    static final int KB_PER_GB_OF_HEAP = 64 * 1024;
    static final int H2_DEFAULT_KB = 16 * 1024;

    private static final Logger log = LoggerFactory.getLogger(H2PageCache.class);

    public H2PageCache(DataSource dataSource, org.springframework.core.env.Environment environment) {
        try (var connection = dataSource.getConnection()) {
            // the address as configured: H2's own metadata gives it without its settings
            var url = environment.getProperty("spring.datasource.url", connection.getMetaData().getURL());
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")
                    || url.toUpperCase(Locale.ROOT).contains("CACHE_SIZE")) {
                return;
            }
            int kb = sizeKb(Runtime.getRuntime().maxMemory());
            try (var statement = connection.createStatement()) {
                statement.execute("SET CACHE_SIZE " + kb);
            }
            log.debug("H2 page cache: {} MB", kb / 1024);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not size the H2 page cache", e);
        }
    }

    /** The cache for a heap of {@code maxHeapBytes}: 1/16 of it, at least H2's default. */
    static int sizeKb(long maxHeapBytes) {
        long kb = maxHeapBytes / 16 / 1024;
        return (int) Math.max(H2_DEFAULT_KB, Math.min(kb, Integer.MAX_VALUE / 2));
    }

    /** The page cache H2 runs with, in KB. */
    static int currentKb(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'CACHE_SIZE'")) {
            return rows.next() ? Integer.parseInt(rows.getString(1).strip()) : -1;
        }
    }
}
