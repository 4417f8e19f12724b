package org.claimtrace.base;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as newsrooms write them, in English whatever the server's locale. */
public final class NewsroomDates {

    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private NewsroomDates() {
    }

    /** A publication time in the zone it was published in: "4 Sep 2023, 18:30 EDT"; "date unknown" for null. */
    public static String published(ZonedDateTime time) {
        return time == null ? "date unknown" : PUBLISHED.format(time);
    }

    /** "4 Sep 2023"; "date unknown" for null. */
    public static String day(ZonedDateTime time) {
        return time == null ? "date unknown" : DAY.format(time);
    }

    /** When something happened in Claimtrace: "24 Nov 2026, 15:40 UTC". */
    public static String utc(Instant time) {
        return UTC.format(time);
    }
}
