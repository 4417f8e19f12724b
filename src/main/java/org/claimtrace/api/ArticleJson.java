package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.claimtrace.article.Article;
import org.jspecify.annotations.Nullable;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** One article with its metadata and normalised text. */
record ArticleJson(long id, OutletJson outlet, String headline, @Nullable String byline,
                   @Schema(description = "ISO-8601 with offset; null when undated") @Nullable OffsetDateTime published,
                   @Nullable String url, String language,
                   @Schema(description = "The normalised text; annotation offsets are UTF-16 code units into it")
                   String text,
                   @Schema(description = "SHA-256 (hex) of the normalised text") String contentHash) {

    static ArticleJson of(Article article) {
        return new ArticleJson(article.getId(), OutletJson.of(article.getOutlet()), article.getHeadline(),
                article.getByline(), article.getPublished().map(ZonedDateTime::toOffsetDateTime).orElse(null),
                article.getUrl(), article.getLanguage(), article.getText(), article.getContentHash());
    }
}
