package org.claimtrace.claim;

import java.util.List;

/**
 * What linking two annotations as the same claim did, enough to undo it: the claim they now share, the
 * annotations that moved into it, and the short statement of a claim merged away.
 */
public record PairLink(Kind kind, long claimId, List<Long> movedAnnotationIds, String absorbedShortText) {

    public enum Kind {
        /** Neither had a claim: a new one holds both. */
        NEW_CLAIM,
        /** The first annotation joined the claim the second was already part of. */
        JOINED_OTHER,
        /** The second annotation joined the first one's claim. */
        OTHER_JOINED,
        /** Both had claims: the second's claim was merged into the first's. */
        MERGED
    }

    public PairLink {
        movedAnnotationIds = List.copyOf(movedAnnotationIds);
    }
}
