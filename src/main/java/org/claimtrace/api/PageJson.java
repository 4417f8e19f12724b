package org.claimtrace.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of a list. {@code total} is given where counting is cheap, and left out otherwise. */
record PageJson<T>(List<T> items, int page, int size,
                   @Schema(description = "All matching items; absent when not counted")
                   @JsonInclude(JsonInclude.Include.NON_NULL) Long total) {
}
