package org.claimtrace.base.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * PostgreSQL: LISTEN/NOTIFY, so several app nodes on one database see each other's changes. Anything else (the
 * embedded H2, one node by nature): in this JVM. {@code claimtrace.broadcast=local|postgres} overrides the choice.
 */
@Configuration
class BroadcasterConfig {

    private static final Logger log = LoggerFactory.getLogger(BroadcasterConfig.class);

    @Bean(destroyMethod = "close")
    Broadcaster broadcaster(DataSource dataSource, @Value("${claimtrace.broadcast:auto}") String mode) throws SQLException {
        boolean postgres = switch (mode) {
            case "postgres" -> true;
            case "local" -> false;
            default -> {
                try (var connection = dataSource.getConnection()) {
                    yield connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgresql");
                }
            }
        };
        log.info("Live changes go {}", postgres ? "through PostgreSQL LISTEN/NOTIFY (any number of app nodes)" : "within this app node");
        return postgres ? new PostgresBroadcaster(dataSource) : new LocalBroadcaster();
    }
}
