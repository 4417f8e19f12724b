package org.claimtrace.report;

import org.claimtrace.article.OutletKind;

/** An outlet as the reports name it. */
public record OutletRef(Long id, String name, OutletKind kind) {
}
