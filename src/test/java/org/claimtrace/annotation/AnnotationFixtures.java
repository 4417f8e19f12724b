package org.claimtrace.annotation;

import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.OutletKind;
import org.claimtrace.article.TextNormalizer;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.ClaimSuggestion;
import org.claimtrace.security.SystemTask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/** Test data for claims: seed articles as stored, articles carrying one sentence, seeds annotated as a user would. */
public final class AnnotationFixtures {

    private AnnotationFixtures() {
    }

    /** The stored id of a seed file of the top-level seeds/ folder. */
    public static long seedId(ArticleService articles, String file) {
        try {
            var text = TextNormalizer.normalize(Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8));
            return SystemTask.call(() -> articles.findByText(text).orElseThrow().getId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accepts every suggestion of the cue detector in the article, as an editor annotating it would. */
    public static void acceptAllSuggestions(SuggestionService suggestions, long articleId) {
        SystemTask.run(() -> {
            for (ClaimSuggestion s : suggestions.pending(articleId)) {
                suggestions.accept(articleId, s, SuggestionService.attributionOf(s));
            }
        });
    }

    /** A new article of the outlet whose first paragraph is the sentence, annotated as one claim of the given type. */
    public static ClaimAnnotation carried(ArticleService articles, ClaimAnnotationService annotations, String outlet,
                                          String headline, String sentence, int septemberDay, String type) {
        return SystemTask.call(() -> {
            var article = articles.importArticle(new ArticleDraft(outlet, OutletKind.NEWSPAPER, headline, null,
                    ZonedDateTime.of(2023, 9, septemberDay, 9, 0, 0, 0, ZoneId.of("UTC")), null, "en",
                    sentence + "\n\nMarker " + UUID.randomUUID()));
            return annotations.create(article.getId(), 0, sentence.length(), new Attribution(type));
        });
    }
}
