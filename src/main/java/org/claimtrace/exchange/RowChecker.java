package org.claimtrace.exchange;

import static org.claimtrace.exchange.AnnotationColumn.*;

import jakarta.validation.Validator;
import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.article.Article;
import org.claimtrace.article.ArticleService;
import org.claimtrace.attribution.Affiliation;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.OnRecord;
import org.claimtrace.attribution.SourceRole;
import org.claimtrace.attribution.Stance;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.ImportedAnnotation;
import org.claimtrace.claim.ReviewStatus;
import org.claimtrace.claim.Verdict;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns one {@link SourceRow} into an annotation ready to store, or says row by row what is wrong: the
 * article (by content hash, then URL, then id), the span (offsets first; else the quote, re-anchored as
 * the reader does), the attribution against the tagset, the claim, the dates.
 */
final class RowChecker {

    /** A row's outcome: the annotation, or null with its problems; whether the quote moved it. */
    record Checked(ImportedAnnotation annotation, List<RowProblem> problems, boolean reanchored) {
    }

    private record ResolvedArticle(long id, Instant published, String text, CodePoints codePoints) {
    }

    private final ArticleService articles;
    private final Set<String> typeCodes;
    private final Validator validator;
    private final String user;
    private final Instant now;
    private final Map<String, Optional<ResolvedArticle>> recent = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<ResolvedArticle>> eldest) {
            return size() > 32;
        }
    };

    RowChecker(ArticleService articles, Set<String> typeCodes, Validator validator, String user, Instant now) {
        this.articles = articles;
        this.typeCodes = typeCodes;
        this.validator = validator;
        this.user = user;
        this.now = now;
    }

    Checked check(SourceRow row) {
        var problems = new ArrayList<RowProblem>();
        Consumer<String[]> problem = p -> problems.add(new RowProblem(row.line(), p[0], p[1]));
        var article = article(row, problem);
        var attribution = attribution(row, problem);
        var state = parse(row, ANCHOR_STATE, AnchorState::valueOf, AnchorState.ANCHORED, problem);
        var claimId = row.get(CLAIM_ID);
        var shortText = row.get(CLAIM_SHORT_TEXT);
        if (claimId != null && (shortText == null || shortText.length() > Claim.SHORT_MAX)) {
            problem.accept(new String[]{CLAIM_SHORT_TEXT.header(), "A linked annotation needs its claim's short text ("
                    + "1 to " + Claim.SHORT_MAX + " characters)."});
        }
        var reviewStatus = parse(row, REVIEW_STATUS, ReviewStatus::valueOf, null, problem);
        // verdict_code when the file has it (ours since it has); verdict holds the display name, or in older files the code
        var verdictColumn = row.get(VERDICT_CODE) != null ? VERDICT_CODE : VERDICT;
        var verdictText = row.get(verdictColumn);
        var verdict = Verdict.parse(verdictText);
        if (verdictText != null && verdict.isEmpty()) {
            problem.accept(new String[]{verdictColumn.header(), "Unknown verdict \u201c" + verdictText + "\u201d (one of "
                    + Arrays.stream(Verdict.values()).map(v -> v.name() + " / " + v.label()).toList() + ")."});
        }
        var createdAt = instant(row, CREATED_AT, now, problem);
        var updatedAt = instant(row, UPDATED_AT, createdAt, problem);
        var linkedAt = instant(row, LINKED_AT, null, problem);
        Anchor anchor = article.map(a -> anchor(row, a, state, problem)).orElse(null);
        if (!problems.isEmpty() || anchor == null || article.isEmpty()) {
            return new Checked(null, problems, false);
        }
        var createdBy = Optional.ofNullable(row.get(CREATED_BY)).orElse(user);
        return new Checked(new ImportedAnnotation(article.get().id(), article.get().published(), anchor.anchor(), anchor.state(), anchor.previousQuote(),
                attribution, claimId, shortText, reviewStatus, verdict.map(Enum::name).orElse(null),
                claimId == null ? null : row.get(LINKED_BY), claimId == null ? null : linkedAt,
                createdBy, createdAt, Optional.ofNullable(row.get(UPDATED_BY)).orElse(createdBy), updatedAt),
                problems, anchor.reanchored());
    }

    private Optional<ResolvedArticle> article(SourceRow row, Consumer<String[]> problem) {
        var hash = row.get(ARTICLE_CONTENT_HASH);
        var url = row.get(ARTICLE_URL);
        var id = row.get(ARTICLE_ID);
        Optional<ResolvedArticle> found = Optional.empty();
        if (hash != null) {
            found = resolve("hash:" + hash, () -> articles.findByContentHash(hash));
        }
        if (found.isEmpty() && url != null) {
            found = resolve("url:" + url, () -> articles.findByUrl(url));
        }
        if (found.isEmpty() && id != null && hash == null && url == null) {
            found = resolve("id:" + id, () -> parseLong(id).flatMap(articles::find));
        }
        if (found.isEmpty()) {
            problem.accept(new String[]{hash != null ? ARTICLE_CONTENT_HASH.header() : url != null ? ARTICLE_URL.header() : ARTICLE_ID.header(),
                    "No such article here (" + (hash != null ? "content hash " + hash : url != null ? url : "id " + id)
                            + "). Import the article first."});
        }
        return found;
    }

    private Optional<ResolvedArticle> resolve(String key, java.util.function.Supplier<Optional<Article>> lookup) {
        return recent.computeIfAbsent(key, k -> lookup.get()
                .map(a -> new ResolvedArticle(a.getId(), a.getPublished().map(java.time.ZonedDateTime::toInstant).orElse(null), a.getText(),
                        new CodePoints(a.getText()))));
    }

    private Attribution attribution(SourceRow row, Consumer<String[]> problem) {
        var type = row.get(ATTRIBUTION_TYPE);
        if (type == null) {
            problem.accept(new String[]{ATTRIBUTION_TYPE.header(), "Missing: say how the claim is attributed (one of " + typeCodes + ")."});
        } else if (!typeCodes.contains(type.strip())) {
            problem.accept(new String[]{ATTRIBUTION_TYPE.header(), "Unknown attribution type \u201c" + type + "\u201d (one of " + typeCodes + ")."});
        }
        var attribution = new Attribution(type == null ? null : type.strip());
        attribution.setCue(row.get(CUE));
        attribution.setSourceAsWritten(row.get(SOURCE_AS_WRITTEN));
        attribution.setSourceName(row.get(SOURCE_NAME));
        attribution.setAffiliation(parse(row, AFFILIATION, Affiliation::valueOf, null, problem));
        attribution.setRole(parse(row, ROLE, SourceRole::valueOf, null, problem));
        attribution.setOnRecord(parse(row, ON_RECORD, OnRecord::valueOf, null, problem));
        attribution.setSourceCount(row.get(SOURCE_COUNT));
        attribution.setAnonymityReason(row.get(ANONYMITY_REASON));
        attribution.setBasisOfKnowledge(row.get(BASIS_OF_KNOWLEDGE));
        attribution.setRelayedVia(row.get(RELAYED_VIA));
        attribution.setStance(parse(row, STANCE, Stance::valueOf, null, problem));
        attribution.setNote(row.get(NOTE));
        for (var violation : validator.validate(attribution)) {
            var field = violation.getPropertyPath().toString();
            if (!field.equals("typeCode")) {
                problem.accept(new String[]{field, violation.getMessage()});
            }
        }
        return attribution;
    }

    private record Anchor(org.claimtrace.anchoring.TextAnchor anchor, AnchorState state, String previousQuote, boolean reanchored) {
    }

    private Anchor anchor(SourceRow row, ResolvedArticle article, AnchorState state, Consumer<String[]> problem) {
        var text = article.text();
        Integer start = offset(row, START, article, problem);
        Integer end = offset(row, END, article, problem);
        var quote = row.values().get(QUOTE);
        boolean hasQuote = quote != null && !quote.isEmpty();
        if (state == AnchorState.ORPHANED) {
            if (!hasQuote || start == null || end == null || end <= start) {
                problem.accept(new String[]{QUOTE.header(), "An orphaned annotation needs its quote, start and end."});
                return null;
            }
            return new Anchor(new org.claimtrace.anchoring.TextAnchor(start, end, quote, nonNull(row.values().get(PREFIX)),
                    nonNull(row.values().get(SUFFIX))), state, null, false);
        }
        boolean inText = start != null && end != null && start >= 0 && start < end && end <= text.length();
        if (!hasQuote) {
            if (!inText) {
                problem.accept(new String[]{START.header(), "Offsets " + start + "\u2013" + end + " are outside the article's text (length "
                        + text.length() + ") and there is no quote to find the span by."});
                return null;
            }
            return new Anchor(org.claimtrace.anchoring.TextAnchor.of(text, start, end), state, row.get(PREVIOUS_QUOTE), false);
        }
        // Offsets that do not fit still tell the locator where to look first. The span's length is the quote's:
        // an end counted in other units (Hypothesis counts UTF-16, the W3C model code points) must not cut it.
        int near = Math.clamp(start == null ? 0 : start, 0, Math.max(0, text.length() - 1));
        var given = new org.claimtrace.anchoring.TextAnchor(near, near + quote.length(),
                quote, nonNull(row.values().get(PREFIX)), nonNull(row.values().get(SUFFIX)));
        var located = org.claimtrace.anchoring.Reanchorer.locate(given, text);
        int only = text.indexOf(quote);
        if (located.state() == AnchorState.ORPHANED && only >= 0 && text.indexOf(quote, only + 1) < 0) {
            // A spreadsheet row often has the quote without its context; a quote found once in the text is unambiguous.
            located = new org.claimtrace.anchoring.Reanchored(AnchorState.ANCHORED,
                    org.claimtrace.anchoring.TextAnchor.of(text, only, only + quote.length()), quote, 1.0);
        }
        if (located.state() == AnchorState.ORPHANED) {
            int occurrences = 0;
            for (int at = only; at >= 0; at = text.indexOf(quote, at + 1)) {
                occurrences++;
            }
            String where = inText ? " at " + start + "\u2013" + end : "";
            problem.accept(new String[]{QUOTE.header(), occurrences > 1
                    ? "The quote \u201c" + abbreviate(quote) + "\u201d is not" + where + " but occurs " + occurrences
                            + " times in the article's text: give its offsets, or its prefix and suffix, to say which."
                    : "The quote \u201c" + abbreviate(quote) + "\u201d is not in the article's text" + where + ", nor anywhere else in it."});
            return null;
        }
        boolean moved = located.anchor().start() != given.start() || located.anchor().end() != given.end()
                || located.state() != AnchorState.ANCHORED;
        if (located.state() == AnchorState.TEXT_CHANGED) {
            return new Anchor(located.anchor(), AnchorState.TEXT_CHANGED, quote, true);
        }
        return new Anchor(located.anchor(), state, state == AnchorState.TEXT_CHANGED ? row.get(PREVIOUS_QUOTE) : null, moved);
    }

    private static Integer offset(SourceRow row, AnnotationColumn column, ResolvedArticle article, Consumer<String[]> problem) {
        var value = row.get(column);
        if (value == null) {
            return null;
        }
        var parsed = parseLong(value.strip());
        if (parsed.isEmpty() || parsed.get() < 0 || parsed.get() > Integer.MAX_VALUE) {
            problem.accept(new String[]{column.header(), "Not an offset: \u201c" + value + "\u201d."});
            return null;
        }
        int offset = parsed.get().intValue();
        int utf16 = row.codePoints() ? article.codePoints().toUtf16(offset) : offset;
        if (org.claimtrace.annotation.Selections.splitsCharacter(article.text(), utf16)) {
            problem.accept(new String[]{column.header(), "Offset " + offset + " falls inside a character made of two UTF-16 "
                    + "code units (an emoji or similar symbol); a span must start and end between characters."});
            return null;
        }
        return utf16;
    }

    private static <T> T parse(SourceRow row, AnnotationColumn column, Function<String, T> parser, T absent, Consumer<String[]> problem) {
        var value = row.get(column);
        if (value == null) {
            return absent;
        }
        try {
            return parser.apply(value.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problem.accept(new String[]{column.header(), "Unknown value \u201c" + value + "\u201d."});
            return absent;
        }
    }

    private static Instant instant(SourceRow row, AnnotationColumn column, Instant absent, Consumer<String[]> problem) {
        var value = row.get(column);
        if (value == null) {
            return absent;
        }
        try {
            return java.time.OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problem.accept(new String[]{column.header(), "Not a date-time like 2023-09-04T22:30:00Z: \u201c" + value + "\u201d."});
            return absent;
        }
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 60 ? quote : quote.substring(0, 57) + "\u2026";
    }
}
