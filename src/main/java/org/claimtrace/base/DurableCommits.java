package org.claimtrace.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A transaction the app acknowledged survives a crash of the process (decision 009). Embedded H2 keeps a
 * committed transaction in memory for up to half a second by default (WRITE_DELAY 500) and a {@code kill -9}
 * loses it: here every commit is written to the database file before the commit returns (WRITE_DELAY 0),
 * whatever URL the H2 database was opened with. PostgreSQL is durable at commit with its defaults (fsync and
 * synchronous_commit on); a server configured otherwise gets a warning in the log. Done before the
 * migrations, the first writes of a start.
 */
@Configuration
class DurableCommits {

    private static final Logger log = LoggerFactory.getLogger(DurableCommits.class);

    @Bean
    FlywayMigrationStrategy durableThenMigrate() {
        return flyway -> {
            ensureDurable(flyway.getConfiguration().getDataSource());
            flyway.migrate();
        };
    }

    static void ensureDurable(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            var product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                try (var statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
                if (h2WriteDelay(connection) != 0) {
                    throw new IllegalStateException("H2 did not accept WRITE_DELAY 0: committed edits could be lost in a crash");
                }
            } else if (product.contains("postgres")) {
                warnIfOff(connection, "fsync");
                warnIfOff(connection, "synchronous_commit");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check that the database keeps committed edits", e);
        }
    }

    /** H2's write delay in milliseconds: how long a commit may stay in memory only. */
    static int h2WriteDelay(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            return rows.next() ? Integer.parseInt(rows.getString(1).strip()) : -1;
        }
    }

    private static void warnIfOff(Connection connection, String setting) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("SHOW " + setting)) {
            var value = rows.next() ? rows.getString(1) : "";
            if (value.equalsIgnoreCase("off")) {
                log.warn("PostgreSQL runs with {} = {}: a server crash can lose edits the app acknowledged. Set it to on.",
                        setting, value);
            }
        }
    }
}
