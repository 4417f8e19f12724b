package org.claimtrace.report;

/** How many claims of one attribution type, and their share of all (0 to 1); name and colour from the tagset. */
public record TypeShare(String code, String name, String colour, long count, double share) {
}
