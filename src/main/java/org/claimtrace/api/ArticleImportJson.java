package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.OutletKind;
import org.jspecify.annotations.Nullable;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What a script sends to import an article. Checked by the same rules as the Import view; the text is
 * normalised once (NFC, \n line ends, no trailing spaces) before it is stored.
 */
record ArticleImportJson(
        @Schema(description = "The outlet by name; kind is used only when no outlet of that name exists yet")
        @Nullable OutletJson outlet,
        @Nullable String headline, @Nullable String byline,
        @Schema(description = "ISO-8601 with offset, e.g. 2023-09-05T09:30:00-04:00; kept in that offset",
                format = "date-time") @Nullable String published,
        @Nullable String url,
        @Schema(description = "Language tag, default en") @Nullable String language,
        @Nullable String text) {

    ArticleDraft toDraft() {
        return new ArticleDraft(outlet == null ? null : outlet.name(), outlet == null ? null : outlet.kind(), headline,
                byline, publishedTime(), url, language, text);
    }

    /**
     * Parsed here rather than by Jackson, which would move the time to UTC: the offset the outlet published
     * in is part of the record ("18:30 EDT"), and shown as given.
     */
    private ZonedDateTime publishedTime() {
        if (published == null || published.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(published.strip(), DateTimeFormatter.ISO_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("The publication time is not an ISO-8601 date-time with offset.",
                    List.of(ApiError.Detail.field("published", "e.g. 2023-09-05T09:30:00-04:00")));
        }
    }
}
