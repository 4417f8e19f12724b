package org.claimtrace.base;

/**
 * A request a service refused, with the reason in an editor's words; nothing was changed. Services speak in
 * three kinds only, so the UI shows the message and the HTTP API maps each kind to one status in one place
 * ({@code api.ApiErrors}): {@link NotFoundException} 404, {@link ConflictException} 409, {@link RejectedException} 422.
 */
public abstract sealed class Refusal extends RuntimeException permits NotFoundException, ConflictException, RejectedException {

    protected Refusal(String message) {
        super(message);
    }
}
