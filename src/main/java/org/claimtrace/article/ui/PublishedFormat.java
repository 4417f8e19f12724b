package org.claimtrace.article.ui;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Publication times as newsrooms write them, in the zone they were published in. */
final class PublishedFormat {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

    private PublishedFormat() {
    }

    static String format(Optional<ZonedDateTime> published) {
        return published.map(FORMAT::format).orElse("date unknown");
    }
}
