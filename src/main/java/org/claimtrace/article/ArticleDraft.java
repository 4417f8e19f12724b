package org.claimtrace.article;

import java.time.ZonedDateTime;

/**
 * What an editor (or a script, or the seeder) submits to import an article. The outlet is picked by name
 * and created with {@code newOutletKind} when there is none of that name yet.
 */
public record ArticleDraft(String outletName, OutletKind newOutletKind, String headline, String byline,
                           ZonedDateTime published, String url, String language, String text) {
}
