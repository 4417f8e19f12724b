package org.claimtrace.history;

import java.time.LocalDate;

/**
 * What the administrator's log narrows by, each optional: the user, the kind of record (an entity name from
 * {@link HistoryService#types()}), and the days (inclusive, UTC).
 */
public record LogFilter(String user, String entityName, LocalDate from, LocalDate to) {

    public static final LogFilter ALL = new LogFilter(null, null, null, null);
}
