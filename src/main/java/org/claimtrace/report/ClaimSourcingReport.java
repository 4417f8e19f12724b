package org.claimtrace.report;

import org.claimtrace.attribution.Stance;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One claim's sourcing: where it first appeared, every appearance with its sourcing, how many independent
 * origins stand behind the outlets once relays and syndicated copies are collapsed, the flags, and an
 * anonymity audit per anonymous appearance.
 */
public record ClaimSourcingReport(long claimId, String shortText, @Nullable String fullText, @Nullable String claimant, ReviewState review,
                                  @Nullable FirstSeen firstAppearance, List<AppearanceRow> appearances, Independence independence,
                                  List<ReportFlag> flags, List<AuditRow> anonymityAudit) {

    /** The first appearance and why it is believed first (the claim's own rule: earliest, or an editor's choice). */
    public record FirstSeen(long annotationId, long articleId, OutletRef outlet, @Nullable OffsetDateTime published, @Nullable String url,
                            @Nullable String headline, @Nullable String quote, @Nullable String evidence, boolean chosenByEditor) {
    }

    /**
     * One article carrying the claim. {@code onRecord} is as recorded, or read from the type when
     * {@code onRecordRecorded} is false; {@code relayChain} runs from this outlet to the origin it traces to.
     */
    public record AppearanceRow(long annotationId, long articleId, OutletRef outlet, @Nullable String headline, @Nullable String url,
                                @Nullable OffsetDateTime published, String typeCode, @Nullable String typeName, @Nullable String typeColour, String quote,
                                @Nullable String sourceAsWritten, @Nullable String cue, @Nullable Stance stance, @Nullable String relayedVia, SourcingStatus onRecord,
                                boolean onRecordRecorded, @Nullable Long syndicatedCopyOf, boolean relays, List<String> relayChain,
                                List<String> origins) {
    }

    /** "4 outlets, 1 independent origin", with the relay graph behind the number. */
    public record Independence(int outlets, int appearances, int origins, List<String> originNames, String summary,
                               List<RelayGraph.Node> nodes, List<RelayGraph.Edge> edges) {
    }

    /** The AP's questions for one anonymous appearance. */
    public record AuditRow(long annotationId, OutletRef outlet, @Nullable String sourceAsWritten, String quote,
                           List<AnonymityAudit.Finding> answers) {
    }
}
