package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** A new claim from one or more annotations not yet linked to any claim. */
record ClaimCreateJson(@Schema(description = "1 to 75 characters") @NotNull String shortText,
                       @NotEmpty List<@NotNull Long> annotationIds) {
}
