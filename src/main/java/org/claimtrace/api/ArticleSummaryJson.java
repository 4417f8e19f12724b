package org.claimtrace.api;

import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/** A row of the articles list: the text and the rest of the metadata are at /api/articles/{id}. */
record ArticleSummaryJson(long id, OutletJson outlet, String headline, @Nullable OffsetDateTime published) {
}
