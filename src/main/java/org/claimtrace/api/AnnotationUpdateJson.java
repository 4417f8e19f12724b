package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** A changed attribution, with the version it was based on. */
record AnnotationUpdateJson(
        @Schema(description = "The annotation's version as last read; a stale version is refused with 409")
        @NotNull Long version,
        @NotNull @Valid AttributionJson attribution) {
}
