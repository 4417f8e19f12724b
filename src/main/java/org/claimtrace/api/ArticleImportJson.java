package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.OutletKind;

import java.time.OffsetDateTime;

/**
 * What a script sends to import an article. Checked by the same rules as the Import view; the text is
 * normalised once (NFC, \n line ends, no trailing spaces) before it is stored.
 */
record ArticleImportJson(
        @Schema(description = "The outlet by name; kind is used only when no outlet of that name exists yet")
        OutletJson outlet,
        String headline, String byline,
        @Schema(description = "ISO-8601 with offset, e.g. 2023-09-05T09:30:00-04:00") OffsetDateTime published,
        String url,
        @Schema(description = "Language tag, default en") String language,
        String text) {

    ArticleDraft toDraft() {
        return new ArticleDraft(outlet == null ? null : outlet.name(), outlet == null ? null : outlet.kind(), headline,
                byline, published == null ? null : published.toZonedDateTime(), url, language, text);
    }
}
