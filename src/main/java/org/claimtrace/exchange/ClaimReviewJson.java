package org.claimtrace.exchange;

import org.claimtrace.claim.Appearance;
import org.claimtrace.claim.ReviewStatus;
import org.claimtrace.claim.Verdict;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * Writes schema.org ClaimReview JSON-LD, one {@code ClaimReview} per claim in an {@code @graph}, streamed.
 * A claim without a verdict yet is written without {@code reviewRating}; the claim's appearances and
 * first appearance describe the reviewed {@code Claim}.
 */
final class ClaimReviewJson {

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
                review(g, record, organisation, links);
                progress.row(++rows[0]);
            });
            g.writeEndArray();
            g.writeEndObject();
        }
        return rows[0];
    }

    private static void review(JsonGenerator g, ClaimRecord record, String organisation, ClaimLinks links) {
        var claim = record.claim();
        g.writeStartObject();
        g.writeStringProperty("@type", "ClaimReview");
        g.writeStringProperty("@id", links.claimPage(claim.getId()));
        g.writeStringProperty("url", links.claimPage(claim.getId()));
        g.writeStringProperty("claimReviewed", claim.getShortText());
        if (claim.getReviewStatus() == ReviewStatus.REVIEWED) {
            var reviewedAt = claim.getReviewedAt() != null ? claim.getReviewedAt() : claim.getUpdatedAt();
            g.writeStringProperty("datePublished", reviewedAt.toString());
        }
        author(g, claim.getReviewedBy(), organisation);
        if (claim.getReviewRationale() != null) {
            g.writeStringProperty("reviewBody", claim.getReviewRationale());
        }
        var verdict = Verdict.parse(claim.getVerdict());
        if (verdict.isPresent()) {
            g.writeObjectPropertyStart("reviewRating");
            g.writeStringProperty("@type", "Rating");
            g.writeStringProperty("alternateName", verdict.get().label());
            if (verdict.get().ratingValue().isPresent()) {
                g.writeNumberProperty("ratingValue", verdict.get().ratingValue().get());
                g.writeNumberProperty("bestRating", 5);
                g.writeNumberProperty("worstRating", 1);
            }
            g.writeEndObject();
        }
        g.writeObjectPropertyStart("itemReviewed");
        g.writeStringProperty("@type", "Claim");
        if (claim.getFullText() != null) {
            g.writeStringProperty("text", claim.getFullText());
        }
        if (claim.getClaimant() != null) {
            g.writeObjectPropertyStart("author");
            g.writeStringProperty("@type", "Thing");
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
