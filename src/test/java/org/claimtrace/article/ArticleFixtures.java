package org.claimtrace.article;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/** Small factories for test articles, each with a text no other test uses. */
public final class ArticleFixtures {

    private ArticleFixtures() {
    }

    public static String uniqueText(String body) {
        return body + "\n\nTest marker " + UUID.randomUUID() + ".";
    }

    public static ArticleDraft draft(String outlet, String headline, String text) {
        return new ArticleDraft(outlet, OutletKind.NEWSPAPER, headline, "Jane Reporter",
                ZonedDateTime.of(2024, 3, 1, 9, 30, 0, 0, ZoneId.of("Europe/Berlin")), "https://example.org/story",
                "en", text);
    }

    public static ArticleDraft wireStory() {
        return draft("Test Wire", "Ministry denies report " + UUID.randomUUID(),
                uniqueText("The ministry said in a statement that the report was false.\n\nOfficials declined to comment."));
    }
}
