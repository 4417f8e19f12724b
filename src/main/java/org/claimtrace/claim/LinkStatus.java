package org.claimtrace.claim;

/**
 * Whether an annotation is an appearance of a claim. Only confirmed links are stored (a person made
 * them); the matcher's suggestions are computed on demand and never stored as links.
 */
public enum LinkStatus {
    CONFIRMED, UNLINKED;

    public static LinkStatus of(Long claimId) {
        return claimId == null ? UNLINKED : CONFIRMED;
    }
}
