package org.claimtrace.claim;

import java.time.ZonedDateTime;

/**
 * Where a claim first appeared, and why that is believed: the earliest publication time among its
 * appearances, or an editor's choice with their reason.
 */
public record FirstAppearance(long annotationId, long articleId, String outlet, ZonedDateTime published,
                              String evidence, boolean chosenByEditor) {
}
