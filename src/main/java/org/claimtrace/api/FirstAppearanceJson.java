package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;

/** Where a claim first appeared, and why that is believed. */
record FirstAppearanceJson(long annotationId, long articleId, OutletJson outlet, @Nullable OffsetDateTime published,
                           @Schema(description = "Why this appearance is believed first") String evidence,
                           @Schema(description = "True when an editor chose it over the publication times")
                           boolean chosenByEditor) {
}
