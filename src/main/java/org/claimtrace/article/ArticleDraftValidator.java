package org.claimtrace.article;

import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Every rule an imported article must meet, checked together so the editor sees all problems at once. */
@Component
class ArticleDraftValidator {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    /** @return the normalised text, when every rule is met */
    String validate(ArticleDraft draft) {
        List<ImportProblem> problems = new ArrayList<>();
        if (isBlank(draft.outletName())) {
            problems.add(new ImportProblem("outlet", "Choose or name the outlet."));
        } else if (draft.outletName().strip().length() > Outlet.NAME_MAX) {
            problems.add(new ImportProblem("outlet", "An outlet name has at most " + Outlet.NAME_MAX + " characters."));
        }
        if (isBlank(draft.headline())) {
            problems.add(new ImportProblem("headline", "Give the headline."));
        } else if (draft.headline().strip().length() > Article.HEADLINE_MAX) {
            problems.add(new ImportProblem("headline", "A headline has at most " + Article.HEADLINE_MAX + " characters."));
        }
        if (draft.byline() != null && draft.byline().strip().length() > Article.BYLINE_MAX) {
            problems.add(new ImportProblem("byline", "A byline has at most " + Article.BYLINE_MAX + " characters."));
        }
        checkUrl(draft.url(), problems);
        if (!isBlank(draft.language()) && !LANGUAGE_TAG.matcher(draft.language().strip()).matches()) {
            problems.add(new ImportProblem("language", "Give the language as a code such as en, de or pt-BR."));
        }
        String text = null;
        if (draft.text() == null || draft.text().isBlank()) {
            problems.add(new ImportProblem("text", "The article text is empty."));
        } else if (draft.text().length() > 2 * Article.TEXT_MAX) {
            // Refuse before normalising: copying a 50 MB paste several times over is what we must not do.
            problems.add(tooLong(draft.text().length()));
        } else {
            text = TextNormalizer.normalize(draft.text());
            textProblem(text).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new ArticleRejectedException(problems);
        }
        return text;
    }

    /** The text rules alone, for a corrected text of an existing article. */
    String validateText(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new ArticleRejectedException(List.of(new ImportProblem("text", "The article text is empty.")));
        }
        if (raw.length() > 2 * Article.TEXT_MAX) {
            throw new ArticleRejectedException(List.of(tooLong(raw.length())));
        }
        var text = TextNormalizer.normalize(raw);
        textProblem(text).ifPresent(problem -> {
            throw new ArticleRejectedException(List.of(problem));
        });
        return text;
    }

    /**
     * A normalised text is refused when nothing of it would show (only zero-width, byte-order-mark and other
     * invisible characters), when it holds half a character (a lone UTF-16 surrogate: it cannot be stored as
     * UTF-8 and would hash like the same text with a "?"), or when it is too long.
     */
    private static java.util.Optional<ImportProblem> textProblem(String text) {
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
                || Character.isISOControl(c) || c == '\u034F')) {
            return java.util.Optional.of(new ImportProblem("text", "The article text is empty: it has only invisible "
                    + "characters (zero-width spaces, byte order marks, control characters)."));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                long line = text.substring(0, i).chars().filter(ch -> ch == '\n').count() + 1;
                return java.util.Optional.of(new ImportProblem("text", String.format(Locale.ROOT, "The text holds a broken "
                        + "character at line %d (half of the two-part code of an emoji or similar symbol, at offset %,d): "
                        + "copy the text again from its source.", line, i)));
            }
        }
        if (text.length() > Article.TEXT_MAX) {
            return java.util.Optional.of(tooLong(text.length()));
        }
        return java.util.Optional.empty();
    }

    private static ImportProblem tooLong(int length) {
        return new ImportProblem("text", String.format(Locale.ROOT,
                "The text has %,d characters; an article may have at most %,d.", length, Article.TEXT_MAX));
    }

    private static void checkUrl(String url, List<ImportProblem> problems) {
        if (isBlank(url)) {
            return;
        }
        if (url.strip().length() > Article.URL_MAX) {
            problems.add(new ImportProblem("url", "A URL has at most " + Article.URL_MAX + " characters."));
            return;
        }
        try {
            var uri = new URI(url.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problems.add(new ImportProblem("url", "The URL must be a web address starting with http:// or https://."));
            }
        } catch (URISyntaxException e) {
            problems.add(new ImportProblem("url", "The URL is not a valid web address."));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
