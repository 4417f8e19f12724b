package org.claimtrace.report;

import org.claimtrace.article.OutletKind;
import org.jspecify.annotations.Nullable;

/** An outlet as the reports name it. */
public record OutletRef(@Nullable Long id, String name, @Nullable OutletKind kind) {
}
