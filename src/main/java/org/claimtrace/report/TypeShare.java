package org.claimtrace.report;

import org.jspecify.annotations.Nullable;

/** How many claims of one attribution type, and their share of all (0 to 1); name and colour from the tagset. */
public record TypeShare(String code, @Nullable String name, @Nullable String colour, long count, double share) {
}
