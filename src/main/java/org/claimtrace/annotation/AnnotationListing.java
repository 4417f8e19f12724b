package org.claimtrace.annotation;

import org.claimtrace.attribution.OnRecord;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** One row of the Annotations view: an annotation with its article's headline, outlet and publication time. */
public record AnnotationListing(long id, long articleId, String quote, String typeCode, String cue, String sourceAsWritten,
                                OnRecord onRecord, Long claimId, String headline, String outlet, Instant publishedAt,
                                String publishedZone) {

    public Optional<ZonedDateTime> published() {
        if (publishedAt == null) {
            return Optional.empty();
        }
        return Optional.of(publishedAt.atZone(publishedZone == null ? ZoneId.of("UTC") : ZoneId.of(publishedZone)));
    }
}
