package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtrace.attribution.Affiliation;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.OnRecord;
import org.claimtrace.attribution.SourceRole;
import org.claimtrace.attribution.Stance;
import org.jspecify.annotations.Nullable;

/** How an article sources a claim. Only the type is required. */
record AttributionJson(
        @Schema(description = "A tagset code, e.g. NAMED_PERSON, ANONYMOUS_DESCRIBED, OTHER_OUTLET",
                requiredMode = Schema.RequiredMode.REQUIRED) String type,
        @Nullable String cue, @Nullable String sourceAsWritten, @Nullable String sourceName, @Nullable Affiliation affiliation,
        @Nullable SourceRole role, @Nullable OnRecord onRecord,
        @Schema(description = "A number 1-999, or \"several\"") @Nullable String sourceCount,
        @Nullable String anonymityReason, @Nullable String basisOfKnowledge, @Nullable String relayedVia, @Nullable Stance stance,
        @Nullable String note) {

    static AttributionJson of(Attribution a) {
        return new AttributionJson(a.getTypeCode(), a.getCue(), a.getSourceAsWritten(), a.getSourceName(),
                a.getAffiliation(), a.getRole(), a.getOnRecord(), a.getSourceCount(), a.getAnonymityReason(),
                a.getBasisOfKnowledge(), a.getRelayedVia(), a.getStance(), a.getNote());
    }

    Attribution toAttribution() {
        var a = new Attribution(type);
        a.setCue(cue);
        a.setSourceAsWritten(sourceAsWritten);
        a.setSourceName(sourceName);
        a.setAffiliation(affiliation);
        a.setRole(role);
        a.setOnRecord(onRecord);
        a.setSourceCount(sourceCount);
        a.setAnonymityReason(anonymityReason);
        a.setBasisOfKnowledge(basisOfKnowledge);
        a.setRelayedVia(relayedVia);
        a.setStance(stance);
        a.setNote(note);
        return a;
    }
}
