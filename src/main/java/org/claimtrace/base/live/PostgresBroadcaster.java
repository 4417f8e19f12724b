package org.claimtrace.base.live;

import com.vaadin.flow.shared.Registration;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * Several app nodes on one PostgreSQL database: a change is sent with {@code pg_notify} on one channel as
 * {@code topic:id}, and every node (this one included) hears it on a connection of its own that LISTENs and hands
 * it to its views. Nothing but the topic and the id travels; receivers reload.
 */
public final class PostgresBroadcaster implements Broadcaster, AutoCloseable {

    static final String CHANNEL = "claimtrace_changes";
    private static final Logger log = LoggerFactory.getLogger(PostgresBroadcaster.class);
    private static final Pattern PAYLOAD = Pattern.compile("([a-z-]{1,40}):(\\d{1,19})");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Subscribers subscribers = new Subscribers();
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection listening;

    public PostgresBroadcaster(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.listener = new Thread(this::listen, "postgres-listen");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void publish(String topic, long id) {
        AfterCommit.run(() -> jdbc.queryForObject("SELECT pg_notify(?, ?)", Object.class, CHANNEL, topic + ":" + id) );
    }

    @Override
    public Registration subscribe(String topic, LongConsumer listener) {
        return subscribers.add(topic, listener);
    }

    /** Listens until closed; a lost connection is replaced after a second (changes in that second are missed). */
    private void listen() {
        while (running) {
            try (var connection = dataSource.getConnection()) {
                listening = connection;
                connection.setAutoCommit(true);
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                var pg = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications(500);
                    if (notifications == null) {
                        continue;
                    }
                    for (var notification : notifications) {
                        var m = PAYLOAD.matcher(notification.getParameter());
                        if (m.matches()) {
                            subscribers.deliver(m.group(1), Long.parseLong(m.group(2)));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for changes on PostgreSQL failed; trying again in a second", e);
                    sleep();
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
        try {
            listener.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        subscribers.close();
    }
}
