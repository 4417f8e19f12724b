package org.claimtrace.annotation;

import org.claimtrace.attribution.OnRecord;

import java.util.Locale;

/**
 * What the Annotations view narrows by; null means "any". {@code text} is looked for in the quote, the cue
 * and the source as written; {@code linked} is true for appearances of a claim, false for the others.
 */
public record AnnotationFilter(String text, Long outletId, String typeCode, OnRecord onRecord, Boolean linked) {

    public static AnnotationFilter any() {
        return new AnnotationFilter(null, null, null, null, null);
    }

    /** The text as a case-insensitive LIKE pattern with its wildcards escaped, or null for none. */
    String pattern() {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
