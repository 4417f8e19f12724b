package org.claimtrace.exchange;

import org.claimtrace.claim.LinkStatus;
import org.claimtrace.claim.Verdict;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of {@code annotations.csv}, in their stable order (documented in the README). New columns
 * go at the end; a column is never renamed. Import finds columns by header name, so any order reads back.
 */
public enum AnnotationColumn {
    ANNOTATION_ID(r -> Long.toString(r.annotationId())),
    ARTICLE_ID(r -> Long.toString(r.articleId())),
    ARTICLE_CONTENT_HASH(AnnotationRow::articleContentHash),
    OUTLET(AnnotationRow::outlet),
    OUTLET_KIND(AnnotationRow::outletKind),
    HEADLINE(AnnotationRow::headline),
    ARTICLE_URL(AnnotationRow::articleUrl),
    PUBLISHED(r -> r.published() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.published())),
    START(r -> Integer.toString(r.start())),
    END(r -> Integer.toString(r.end())),
    QUOTE(AnnotationRow::quote),
    PREFIX(AnnotationRow::prefix),
    SUFFIX(AnnotationRow::suffix),
    PREVIOUS_QUOTE(AnnotationRow::previousQuote),
    ANCHOR_STATE(AnnotationRow::anchorState),
    ATTRIBUTION_TYPE(AnnotationRow::attributionType),
    CUE(AnnotationRow::cue),
    SOURCE_AS_WRITTEN(AnnotationRow::sourceAsWritten),
    SOURCE_NAME(AnnotationRow::sourceName),
    AFFILIATION(AnnotationRow::affiliation),
    ROLE(AnnotationRow::role),
    ON_RECORD(AnnotationRow::onRecord),
    SOURCE_COUNT(AnnotationRow::sourceCount),
    ANONYMITY_REASON(AnnotationRow::anonymityReason),
    BASIS_OF_KNOWLEDGE(AnnotationRow::basisOfKnowledge),
    RELAYED_VIA(AnnotationRow::relayedVia),
    STANCE(AnnotationRow::stance),
    NOTE(AnnotationRow::note),
    CLAIM_ID(r -> r.claimId() == null ? null : Long.toString(r.claimId())),
    CLAIM_SHORT_TEXT(AnnotationRow::claimShortText),
    LINK_STATUS(r -> LinkStatus.of(r.claimId()).name()),
    LINKED_BY(AnnotationRow::linkedBy),
    LINKED_AT(r -> r.linkedAt() == null ? null : r.linkedAt().toString()),
    REVIEW_STATUS(AnnotationRow::reviewStatus),
    /** The verdict's display name ("False", "Mostly accurate"): a spreadsheet reads a bare FALSE as a boolean. */
    VERDICT(r -> Verdict.parse(r.verdict()).map(Verdict::label).orElse(r.verdict())),
    CREATED_BY(AnnotationRow::createdBy),
    CREATED_AT(r -> r.createdAt().toString()),
    UPDATED_BY(AnnotationRow::updatedBy),
    UPDATED_AT(r -> r.updatedAt().toString()),
    /** The verdict's stable code (FALSE, MOSTLY_ACCURATE), for scripts. */
    VERDICT_CODE(AnnotationRow::verdict);

    /** The article's words, left out when annotations are shared without the text. */
    private static final List<AnnotationColumn> TEXT = List.of(QUOTE, PREFIX, SUFFIX, PREVIOUS_QUOTE);
    /** Claim-link rows lead with the claim, so a spreadsheet sorted by the first column groups by claim. */
    private static final List<AnnotationColumn> LINK = List.of(CLAIM_ID, CLAIM_SHORT_TEXT, LINK_STATUS, LINKED_BY, LINKED_AT);

    private final Function<AnnotationRow, String> value;

    AnnotationColumn(Function<AnnotationRow, String> value) {
        this.value = value;
    }

    public String header() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The cell's text, empty for no value. */
    public String cell(AnnotationRow row) {
        var text = value.apply(row);
        return text == null ? "" : text;
    }

    public boolean isText() {
        return TEXT.contains(this);
    }

    public static List<AnnotationColumn> layout(ExportOptions options) {
        var columns = Arrays.stream(values()).filter(c -> options.includeText() || !c.isText()).toList();
        if (!options.rowPerLink()) {
            return columns;
        }
        var linkFirst = new java.util.ArrayList<>(LINK);
        columns.stream().filter(c -> !LINK.contains(c)).forEach(linkFirst::add);
        return List.copyOf(linkFirst);
    }

    public static Optional<AnnotationColumn> byHeader(String header) {
        var wanted = header.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header().equals(wanted)).findFirst();
    }
}
