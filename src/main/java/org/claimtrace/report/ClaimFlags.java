package org.claimtrace.report;

import org.claimtrace.attribution.Stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The flags of a claim's sourcing report, each with what exactly was found. */
final class ClaimFlags {

    private ClaimFlags() {
    }

    static List<ReportFlag> of(List<ClaimSourcingReport.AppearanceRow> rows, RelayGraph graph, int outlets) {
        var flags = new ArrayList<ReportFlag>();
        if (rows.isEmpty()) {
            return flags;
        }
        if (graph.originCount() == 1) {
            flags.add(ReportFlag.of(SourcingFlag.SINGLE_ORIGIN, outlets == 1
                    ? "Only " + rows.getFirst().outlet().name() + " carries it: one origin."
                    : "All " + outlets + " outlets trace back to one origin: " + graph.origins().getFirst() + "."));
        }
        if (rows.stream().noneMatch(r -> r.onRecord() == SourcingStatus.ON_RECORD)) {
            flags.add(ReportFlag.of(SourcingFlag.NO_ON_RECORD_SOURCE, "No appearance gives a source on the record."));
        }
        anonymityChanged(rows).ifPresent(flags::add);
        if (rows.stream().allMatch(r -> r.relays() || r.stance() == Stance.HEDGED)) {
            flags.add(ReportFlag.of(SourcingFlag.HEDGED_ONLY, "Every appearance is hedged or relayed: no outlet states it on its own sourcing without a hedge."));
        }
        var loop = graph.loop();
        if (!loop.isEmpty()) {
            var members = loop.stream().distinct().toList();
            flags.add(ReportFlag.of(SourcingFlag.CIRCULAR, join(members) + " cite each other for it, with no origin outside the loop ("
                    + String.join(" \u2192 ", loop) + ")."));
        }
        return flags;
    }

    /** The same statement on the record in one outlet and anonymous in another, and which came first. */
    private static Optional<ReportFlag> anonymityChanged(List<ClaimSourcingReport.AppearanceRow> rows) {
        var named = rows.stream().filter(r -> r.onRecord() == SourcingStatus.ON_RECORD).toList();
        var unnamed = rows.stream().filter(r -> r.onRecord().unnamed()).toList();
        for (var n : named) {
            for (var u : unnamed) {
                if (n.outlet().name().equals(u.outlet().name())) {
                    continue;
                }
                var earlier = java.util.stream.Stream.of(n, u).filter(r -> r.published() != null)
                        .min(Comparator.comparing(ClaimSourcingReport.AppearanceRow::published));
                var direction = earlier.isEmpty() || n.published() == null || u.published() == null ? ""
                        : earlier.get() == n ? " Named first, anonymous later." : " Anonymous first, named later.";
                return Optional.of(ReportFlag.of(SourcingFlag.ANONYMITY_CHANGED, "On the record in " + n.outlet().name()
                        + source(n) + ", anonymous in " + u.outlet().name() + source(u) + "." + direction));
            }
        }
        return Optional.empty();
    }

    private static String source(ClaimSourcingReport.AppearanceRow row) {
        return row.sourceAsWritten() == null || row.sourceAsWritten().isBlank() ? "" : " (\u201c" + row.sourceAsWritten().strip() + "\u201d)";
    }

    private static String join(List<String> names) {
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and " + names.getLast();
    }
}
