package org.claimtrace.review;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.claimtrace.exchange.ExportFile;
import org.claimtrace.exchange.ExportFilter;
import org.claimtrace.exchange.ExportOptions;
import org.claimtrace.exchange.ExportService;
import org.claimtrace.exchange.FormulaGuard;
import org.claimtrace.exchange.Progress;
import org.claimtrace.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A session's results as files: session.csv (one row per claim and reviewer: each blind verdict, the decision,
 * the settling verdict), and the exchange export of the session's claims (claims.csv, ClaimReview JSON-LD with
 * ratings, annotations.csv), in one ZIP.
 */
@Service
@PreAuthorize(Role.Names.CAN_READ)
public class ReviewExport {

    public static final List<String> HEADER = List.of("session_id", "session_name", "claim_id", "claim_reviewed",
            "position", "status", "reviewer", "role", "verdict", "rating_value", "rationale", "evidence",
            "session_verdict", "session_rating_value", "decided_by", "settled_by", "decided_at", "session_closed_at");
    static final List<ExportFile> EXCHANGE_FILES = List.of(ExportFile.CLAIMS_CSV, ExportFile.CLAIMREVIEW_JSONLD,
            ExportFile.ANNOTATIONS_CSV);

    private final ReviewService reviews;
    private final ExportService exports;

    ReviewExport(ReviewService reviews, ExportService exports) {
        this.reviews = reviews;
        this.exports = exports;
    }

    /** session.csv: RFC 4180, UTF-8, formula cells neutralised. Blind verdicts are written once both are in. */
    @Transactional(readOnly = true)
    public void writeSessionCsv(long sessionId, OutputStream out) {
        var session = reviews.session(sessionId).orElseThrow();
        try (var csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(new OutputStreamWriter(new KeepOpen(out), StandardCharsets.UTF_8))) {
            csv.writeRecord(HEADER);
            for (var item : reviews.items(sessionId)) {
                var full = reviews.item(sessionId, item.claimId());
                var rows = new ArrayList<List<String>>();
                var judgments = new ArrayList<JudgmentView>();
                if (!full.blind()) {
                    if (full.mine() != null) {
                        judgments.add(full.mine());
                    }
                    judgments.addAll(full.others());
                }
                for (var j : judgments) {
                    rows.add(row(session, full, j.reviewer(), "blind verdict", j.verdict(), j.rationale(), j.evidence()));
                }
                if (full.verdict() != null && (!session.doubleReview() || full.settledBy() != null)) {
                    rows.add(row(session, full, full.settledBy() != null ? full.settledBy() : full.decidedBy(),
                            full.settledBy() != null ? "settled" : "verdict", full.verdict(), full.rationale(), full.evidence()));
                }
                if (rows.isEmpty()) {
                    rows.add(row(session, full, "", "", null, null, List.of()));
                }
                for (var row : rows) {
                    csv.writeRecord(row.stream().map(FormulaGuard::neutralise).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(SessionSummary session, ItemView item, String reviewer, String role,
                                    org.claimtrace.claim.Verdict verdict, String rationale, List<EvidenceLink> evidence) {
        return List.of(Long.toString(session.id()), session.name(), Long.toString(item.claimId()), item.claimShortText(),
                Integer.toString(item.position()), item.status().name(), reviewer, role,
                verdict == null ? "" : verdict.label(), verdict == null ? "" : verdict.ratingValue().map(String::valueOf).orElse(""),
                rationale == null ? "" : rationale,
                evidence.stream().map(e -> e.url() + (e.note() == null ? "" : " (" + e.note() + ")")).collect(Collectors.joining("\n")),
                item.verdict() == null ? "" : item.verdict().label(),
                item.verdict() == null ? "" : item.verdict().ratingValue().map(String::valueOf).orElse(""),
                item.decidedBy() == null ? "" : item.decidedBy(), item.settledBy() == null ? "" : item.settledBy(),
                item.decidedAt() == null ? "" : item.decidedAt().toString(),
                session.closedAt() == null ? "" : session.closedAt().toString());
    }

    /** The session's claims as the exchange exports them, with a filter on its claim ids. */
    public ExportFilter filterFor(long sessionId) {
        var ids = new LinkedHashSet<Long>();
        reviews.items(sessionId).forEach(i -> ids.add(i.claimId()));
        return ExportFilter.ALL.withClaims(ids);
    }

    /** session.csv, claims.csv, claimreview.jsonld and annotations.csv of the session, in one ZIP. */
    @Transactional(readOnly = true)
    public void writeZip(long sessionId, OutputStream out) {
        try {
            var zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry("session.csv"));
            writeSessionCsv(sessionId, zip);
            zip.closeEntry();
            var filter = filterFor(sessionId);
            for (var file : EXCHANGE_FILES) {
                zip.putNextEntry(new ZipEntry(file.fileName()));
                exports.write(file, filter, ExportOptions.DEFAULT, new KeepOpen(zip), Progress.NONE);
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer closes what it writes to; the ZIP (or the response) stays open for what comes next. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
