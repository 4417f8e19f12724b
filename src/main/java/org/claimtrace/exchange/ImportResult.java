package org.claimtrace.exchange;

import java.util.List;

/**
 * What an import did. {@code notes} are rows that imported with a change worth knowing about, such as an
 * annotation re-anchored by its quote because the offsets no longer fit, or another tool's annotation whose
 * tags name no attribution type ({@code unattributed}: imported as UNATTRIBUTED, the tags kept in the note).
 */
public record ImportResult(long rows, long imported, long alreadyPresent, long reanchored, long unattributed,
                           List<RowProblem> notes) {

    public String summary() {
        return imported + " annotation" + (imported == 1 ? "" : "s") + " imported"
                + (alreadyPresent > 0 ? ", " + alreadyPresent + " already here and left as they were" : "")
                + (reanchored > 0 ? ", " + reanchored + " re-anchored by quote" : "")
                + (unattributed > 0 ? ", " + unattributed + " as UNATTRIBUTED because no tag names an attribution type"
                        + " (tags kept in the note)" : "") + ".";
    }
}
