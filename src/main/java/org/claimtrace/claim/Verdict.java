package org.claimtrace.claim;

import java.util.Arrays;
import java.util.Optional;

/**
 * A claim's verdict: ClaimReview's {@code alternateName} with a {@code ratingValue} on a 1 (worst) to 5
 * (best) scale. Unverifiable and "sourcing insufficient" have no place on that scale, so no value.
 */
public enum Verdict {
    ACCURATE("Accurate", 5),
    MOSTLY_ACCURATE("Mostly accurate", 4),
    MIXED("Mixed/needs context", 3),
    MISLEADING("Misleading", 2),
    FALSE("False", 1),
    UNVERIFIABLE("Unverifiable", null),
    SOURCING_INSUFFICIENT("Sourcing insufficient", null);

    private final String label;
    private final Integer ratingValue;

    Verdict(String label, Integer ratingValue) {
        this.label = label;
        this.ratingValue = ratingValue;
    }

    public String label() { return label; }

    public Optional<Integer> ratingValue() { return Optional.ofNullable(ratingValue); }

    /** By code ({@code MOSTLY_ACCURATE}) or label ({@code Mostly accurate}), ignoring case. */
    public static Optional<Verdict> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        var wanted = text.strip();
        return Arrays.stream(values())
                .filter(v -> v.name().equalsIgnoreCase(wanted) || v.label.equalsIgnoreCase(wanted))
                .findFirst();
    }
}
