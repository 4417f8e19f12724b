package org.claimtrace.base;

/** What the request names does not exist (or no longer does). */
public final class NotFoundException extends Refusal {

    public NotFoundException(String message) {
        super(message);
    }

    /** "There is no claim 12." — the thing as an editor calls it, and its id. */
    public static NotFoundException of(String thing, long id) {
        return new NotFoundException("There is no " + thing + " " + id + "; it may have been removed.");
    }
}
