package org.claimtrace.report;

import java.time.LocalDate;
import java.util.List;

/** Two or more outlets' sourcing over the same period, side by side. */
public record OutletComparison(LocalDate from, LocalDate to, List<OutletSourcingReport> outlets) {
}
