package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A new annotation: a span of the article's text and how it is attributed. */
record AnnotationCreateJson(
        @Schema(description = "UTF-16 code units into the article's text; the span is snapped to whole words")
        @NotNull Integer start,
        @Schema(description = "UTF-16 code units, exclusive") @NotNull Integer end,
        @Schema(description = "Optional: the text you expect at start..end; refused (422) when the stored text differs, "
                + "e.g. after a revision. Whitespace is ignored in the comparison.")
        @Nullable String quote,
        @NotNull @Valid AttributionJson attribution) {
}
