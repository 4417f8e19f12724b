package org.claimtrace.exchange;

import org.claimtrace.claim.Appearance;
import org.claimtrace.claim.Verdict;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * Writes schema.org JSON-LD for claims, streamed, in one {@code @graph}: a {@code ClaimReview} for each claim
 * with a verdict (its {@code reviewRating} is what makes it a review: Google requires it), and a plain
 * {@code Claim} node for each claim not yet reviewed, so nothing unreviewed is published as if it were.
 * The claim's appearances and first appearance describe the {@code Claim} either way.
 */
final class ClaimReviewJson {

    /** The rating scale of {@link Verdict#ratingValue()}. */
    static final int BEST_RATING = 5;
    static final int WORST_RATING = 1;

    private ClaimReviewJson() {
    }

    static long write(Consumer<Consumer<ClaimRecord>> source, String organisation, ClaimLinks links,
                      OutputStream out, Progress progress) {
        long[] rows = {0};
        try (JsonGenerator g = JsonMapper.shared().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("@context", "https://schema.org");
            g.writeArrayPropertyStart("@graph");
            source.accept(record -> {
                var verdict = Verdict.parse(record.claim().getVerdict());
                if (verdict.isPresent()) {
                    review(g, record, verdict.get(), organisation, links);
                } else {
                    claim(g, record, links);
                }
                progress.row(++rows[0]);
            });
            g.writeEndArray();
            g.writeEndObject();
        }
        return rows[0];
    }

    /**
     * The one place that says what a published review holds. Its date is when the claim was last changed;
     * reviewer, rationale ({@code reviewBody}) and review date belong here once claims record them.
     */
    private static void review(JsonGenerator g, ClaimRecord record, Verdict verdict, String organisation, ClaimLinks links) {
        var claim = record.claim();
        g.writeStartObject();
        g.writeStringProperty("@type", "ClaimReview");
        g.writeStringProperty("@id", links.claimPage(claim.getId()) + "#review");
        g.writeStringProperty("url", links.claimPage(claim.getId()));
        g.writeStringProperty("claimReviewed", claim.getShortText());
        // the review's own date and reviewer once a review session recorded them; the claim's last change before
        var reviewedAt = claim.getReviewedAt() != null ? claim.getReviewedAt() : claim.getUpdatedAt();
        g.writeStringProperty("datePublished", reviewedAt.toString());
        author(g, claim.getReviewedBy(), organisation);
        if (claim.getReviewRationale() != null) {
            g.writeStringProperty("reviewBody", claim.getReviewRationale());
        }
        g.writeName("reviewRating");
        rating(g, verdict);
        g.writeName("itemReviewed");
        claim(g, record, links);
        g.writeEndObject();
    }

    /** The verdict as a schema.org Rating; a verdict off the 1-5 scale (Unverifiable) has a name but no value. */
    private static void rating(JsonGenerator g, Verdict verdict) {
        g.writeStartObject();
        g.writeStringProperty("@type", "Rating");
        g.writeStringProperty("name", verdict.label());
        g.writeStringProperty("alternateName", verdict.label());
        verdict.ratingValue().ifPresent(value -> {
            g.writeNumberProperty("ratingValue", value);
            g.writeNumberProperty("bestRating", BEST_RATING);
            g.writeNumberProperty("worstRating", WORST_RATING);
        });
        g.writeEndObject();
    }

    /** The claim itself: a node of the graph when unreviewed, the review's {@code itemReviewed} otherwise. */
    private static void claim(JsonGenerator g, ClaimRecord record, ClaimLinks links) {
        var claim = record.claim();
        g.writeStartObject();
        g.writeStringProperty("@type", "Claim");
        g.writeStringProperty("@id", links.claimPage(claim.getId()) + "#claim");
        g.writeStringProperty("url", links.claimPage(claim.getId()));
        g.writeStringProperty("name", claim.getShortText());
        if (claim.getFullText() != null) {
            g.writeStringProperty("text", claim.getFullText());
        }
        if (claim.getClaimant() != null) {
            g.writeObjectPropertyStart("author");
            g.writeStringProperty("@type", ClaimantKind.of(claim.getClaimant(),
                    record.appearances().stream().map(a -> a.annotation().getAttribution()).toList()));
            g.writeStringProperty("name", claim.getClaimant());
            g.writeEndObject();
        }
        var first = record.firstAppearance();
        if (first != null) {
            record.appearances().stream().filter(a -> a.annotation().getId() == first.annotationId()).findFirst()
                    .ifPresent(a -> {
                        if (first.published() != null) {
                            g.writeStringProperty("datePublished", date(first.published()));
                        }
                        g.writeName("firstAppearance");
                        creativeWork(g, a, record);
                    });
        }
        g.writeArrayPropertyStart("appearance");
        record.appearances().forEach(a -> creativeWork(g, a, record));
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The reviewer who gave the verdict, working for the organisation; the organisation alone before a review. */
    private static void author(JsonGenerator g, String reviewer, String organisation) {
        g.writeObjectPropertyStart("author");
        if (reviewer != null) {
            g.writeStringProperty("@type", "Person");
            g.writeStringProperty("name", reviewer);
            g.writeObjectPropertyStart("worksFor");
        }
        g.writeStringProperty("@type", "Organization");
        g.writeStringProperty("name", organisation);
        if (reviewer != null) {
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void creativeWork(JsonGenerator g, Appearance appearance, ClaimRecord record) {
        g.writeStartObject();
        g.writeStringProperty("@type", "CreativeWork");
        var url = record.articleUrls().get(appearance.articleId());
        if (url != null) {
            g.writeStringProperty("url", url);
        }
        g.writeStringProperty("headline", appearance.headline());
        if (appearance.published() != null) {
            g.writeStringProperty("datePublished", date(appearance.published()));
        }
        g.writeObjectPropertyStart("publisher");
        g.writeStringProperty("@type", "Organization");
        g.writeStringProperty("name", appearance.outlet());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static String date(ZonedDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
