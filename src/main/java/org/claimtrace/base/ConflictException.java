package org.claimtrace.base;

/**
 * The change does not fit the state it would change: someone else changed it since it was read (a stale
 * version), or it is already in the state asked for elsewhere (an annotation already in another claim, a
 * duplicate). The editor's own input is kept by the UI; nothing was saved.
 */
public non-sealed class ConflictException extends Refusal {

    public ConflictException(String message) {
        super(message);
    }

    /** Optimistic locking: the version the editor started from is no longer the current one. */
    public static ConflictException staleVersion() {
        return new ConflictException("Someone else changed or removed this since you opened it. Your change was not saved; "
                + "reload to see theirs, then apply yours again.");
    }
}
