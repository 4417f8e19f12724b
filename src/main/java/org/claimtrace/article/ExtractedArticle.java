package org.claimtrace.article;

import java.time.ZonedDateTime;

/** Text read from an uploaded file, with whatever metadata the file itself carried (HTML meta tags). */
public record ExtractedArticle(String text, String headline, String byline, ZonedDateTime published, String url,
                               String language) {

    static ExtractedArticle textOnly(String text) {
        return new ExtractedArticle(text, null, null, null, null, null);
    }
}
