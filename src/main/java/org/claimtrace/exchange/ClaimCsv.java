package org.claimtrace.exchange;

import org.claimtrace.claim.Verdict;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes claims.csv: one row per claim, with ClaimReview-compatible columns. The column order is stable
 * (README); new columns go at the end.
 */
final class ClaimCsv {

    static final List<String> HEADER = List.of("claim_id", "claim_reviewed", "full_text", "claimant",
            "first_appearance_url", "first_appearance_outlet", "first_appearance_date", "first_appearance_evidence",
            "appearance_count", "outlet_count", "origin_count", "on_record_count", "rating_label", "rating_value",
            "review_status", "review_url", "review_date", "sourcing_summary", "created_by", "created_at",
            "updated_by", "updated_at", "verdict_code");

    private ClaimCsv() {
    }

    static long write(Consumer<Consumer<ClaimRecord>> source, ExportOptions options, ClaimLinks links,
                      OutputStream out, Progress progress) {
        long[] rows = {0};
        try (var csv = new CsvOutput(out, HEADER, options.byteOrderMark(), options.neutraliseFormulas())) {
            var cells = csv.cells();
            source.accept(record -> {
                var claim = record.claim();
                var first = record.firstAppearance();
                var verdict = Verdict.parse(claim.getVerdict());
                boolean reviewed = claim.getReviewStatus() == org.claimtrace.claim.ReviewStatus.REVIEWED;
                int i = 0;
                cells[i++] = claim.getId().toString();
                cells[i++] = claim.getShortText();
                cells[i++] = text(claim.getFullText());
                cells[i++] = text(claim.getClaimant());
                cells[i++] = text(record.firstAppearanceUrl());
                cells[i++] = first == null ? "" : first.outlet();
                cells[i++] = first == null || first.published() == null ? ""
                        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(first.published());
                cells[i++] = first == null ? "" : first.evidence();
                cells[i++] = Integer.toString(record.appearances().size());
                cells[i++] = Long.toString(record.outletCount());
                cells[i++] = Long.toString(record.originCount());
                cells[i++] = Long.toString(record.onRecordCount());
                cells[i++] = verdict.map(Verdict::label).orElse("");
                cells[i++] = verdict.flatMap(Verdict::ratingValue).map(String::valueOf).orElse("");
                cells[i++] = claim.getReviewStatus().name();
                cells[i++] = reviewed ? links.claimPage(claim.getId()) : "";
                cells[i++] = reviewed ? claim.getUpdatedAt().toString() : "";
                cells[i++] = record.sourcingSummary();
                cells[i++] = claim.getCreatedBy();
                cells[i++] = claim.getCreatedAt().toString();
                cells[i++] = claim.getUpdatedBy();
                cells[i++] = claim.getUpdatedAt().toString();
                cells[i] = verdict.map(Verdict::name).orElse("");
                csv.writeRow();
                progress.row(++rows[0]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[0];
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
