package org.claimtrace.base;

/** The request itself is not acceptable (a rule of the domain says no), with the reason. */
public non-sealed class RejectedException extends Refusal {

    public RejectedException(String message) {
        super(message);
    }
}
