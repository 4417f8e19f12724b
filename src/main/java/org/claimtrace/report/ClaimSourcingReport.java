package org.claimtrace.report;

import org.claimtrace.attribution.Stance;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One claim's sourcing: where it first appeared, every appearance with its sourcing, how many independent
 * origins stand behind the outlets once relays and syndicated copies are collapsed, the flags, and an
 * anonymity audit per anonymous appearance.
 */
public record ClaimSourcingReport(long claimId, String shortText, String fullText, String claimant, ReviewState review,
                                  FirstSeen firstAppearance, List<AppearanceRow> appearances, Independence independence,
                                  List<ReportFlag> flags, List<AuditRow> anonymityAudit) {

    /** The first appearance and why it is believed first (the claim's own rule: earliest, or an editor's choice). */
    public record FirstSeen(long annotationId, long articleId, OutletRef outlet, OffsetDateTime published, String url,
                            String headline, String quote, String evidence, boolean chosenByEditor) {
    }

    /**
     * One article carrying the claim. {@code onRecord} is as recorded, or read from the type when
     * {@code onRecordRecorded} is false; {@code relayChain} runs from this outlet to the origin it traces to.
     */
    public record AppearanceRow(long annotationId, long articleId, OutletRef outlet, String headline, String url,
                                OffsetDateTime published, String typeCode, String typeName, String typeColour, String quote,
                                String sourceAsWritten, String cue, Stance stance, String relayedVia, SourcingStatus onRecord,
                                boolean onRecordRecorded, Long syndicatedCopyOf, boolean relays, List<String> relayChain,
                                List<String> origins) {
    }

    /** "4 outlets, 1 independent origin", with the relay graph behind the number. */
    public record Independence(int outlets, int appearances, int origins, List<String> originNames, String summary,
                               List<RelayGraph.Node> nodes, List<RelayGraph.Edge> edges) {
    }

    /** The AP's questions for one anonymous appearance. */
    public record AuditRow(long annotationId, OutletRef outlet, String sourceAsWritten, String quote,
                           List<AnonymityAudit.Finding> answers) {
    }
}
