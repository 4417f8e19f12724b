package org.claimtrace.api;

import jakarta.validation.constraints.NotNull;

/** Confirms an annotation as an appearance of a claim. */
record AppearanceLinkJson(@NotNull Long annotationId) {
}
