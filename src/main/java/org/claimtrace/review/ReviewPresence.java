package org.claimtrace.review;

import org.claimtrace.base.live.Broadcaster;
import org.claimtrace.security.CurrentUser;
import org.claimtrace.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has which claim of a session open, across app nodes: each open view keeps a row (by a key of its own) that
 * this node refreshes while the view is open, so a node that stops leaves rows that soon count for nothing.
 * Changes are announced on the presence topic with the session's id; views re-read who is looking and nothing else
 * (a full reload of every open view whenever someone opens one cost O(N²) reloads as N people joined).
 */
@Service
public class ReviewPresence {

    /** A row not refreshed for this long belongs to a view that is gone. */
    static final Duration STALE = Duration.ofSeconds(90);

    private record Look(long sessionId, Long claimId, String user) {
    }

    private final JdbcTemplate jdbc;
    private final Broadcaster broadcaster;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Map<String, Look> here = new ConcurrentHashMap<>();

    ReviewPresence(DataSource dataSource, Broadcaster broadcaster, CurrentUser currentUser, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The view {@code viewKey} of the current user shows the session, and the claim (or none). */
    @PreAuthorize(Role.Names.CAN_READ)
    public void look(String viewKey, long sessionId, Long claimId) {
        var look = new Look(sessionId, claimId, currentUser.name());
        var before = here.put(viewKey, look);
        if (look.equals(before)) {
            return;
        }
        write(viewKey, look);
        broadcaster.publish(Broadcaster.REVIEW_PRESENCE, sessionId);
    }

    /** The view closed. */
    @PreAuthorize(Role.Names.CAN_READ)
    public void leave(String viewKey) {
        var look = here.remove(viewKey);
        jdbc.update("DELETE FROM review_presence WHERE view_key = ?", viewKey);
        if (look != null) {
            broadcaster.publish(Broadcaster.REVIEW_PRESENCE, look.sessionId());
        }
    }

    /** Per claim of the session (key -1 for the queue itself), who has it open now. */
    @PreAuthorize(Role.Names.CAN_READ)
    public Map<Long, Set<String>> present(long sessionId) {
        var since = Timestamp.from(clock.instant().minus(STALE));
        var present = new TreeMap<Long, Set<String>>();
        jdbc.query("SELECT claim_id, username FROM review_presence WHERE session_id = ? AND seen_at > ?", rs -> {
            long claim = rs.getLong(1);
            present.computeIfAbsent(rs.wasNull() ? -1L : claim, k -> new TreeSet<>()).add(rs.getString(2));
        }, sessionId, since);
        return present;
    }

    /** Keeps this node's rows fresh and drops rows no node refreshes any more. */
    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    void heartbeat() {
        var now = Timestamp.from(clock.instant());
        here.forEach((key, look) -> {
            if (jdbc.update("UPDATE review_presence SET seen_at = ? WHERE view_key = ?", now, key) == 0) {
                write(key, look);
            }
        });
        jdbc.update("DELETE FROM review_presence WHERE seen_at < ?", Timestamp.from(clock.instant().minus(STALE.multipliedBy(4))));
    }

    private void write(String viewKey, Look look) {
        jdbc.update("DELETE FROM review_presence WHERE view_key = ?", viewKey);
        jdbc.update("INSERT INTO review_presence (view_key, session_id, claim_id, username, seen_at) VALUES (?, ?, ?, ?, ?)",
                viewKey, look.sessionId(), look.claimId(), look.user(), Timestamp.from(clock.instant()));
    }
}
