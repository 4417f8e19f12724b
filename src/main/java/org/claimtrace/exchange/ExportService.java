package org.claimtrace.exchange;

import jakarta.persistence.EntityManager;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports annotations and claims as CSV, W3C Web Annotation JSON-LD and ClaimReview JSON-LD, streamed to
 * the caller's output in constant memory whatever the size. Anyone who can read can export.
 */
@Service
@PreAuthorize(Role.Names.CAN_READ)
public class ExportService {

    private final AnnotationRows annotations;
    private final ClaimRecords claims;
    private final DataSource dataSource;
    private final ClaimLinks links;
    private final String organisation;

    ExportService(DataSource dataSource, ClaimService claimService, ArticleService articleService, EntityManager entityManager,
                  @Value("${claimtrace.public-url:http://localhost:8080}") String publicUrl,
                  @Value("${claimtrace.organisation:Claimtrace}") String organisation) {
        this.dataSource = dataSource;
        this.annotations = new AnnotationRows(dataSource);
        this.claims = new ClaimRecords(dataSource, claimService, articleService, entityManager);
        this.links = new ClaimLinks(publicUrl);
        this.organisation = organisation;
    }

    /** How many rows (annotations, or claims) a file would hold: for progress and for the form's preview. */
    @Transactional(readOnly = true)
    public long count(ExportFile file, ExportFilter filter, ExportOptions options) {
        if (file.ofClaims()) {
            return claims.count(filter);
        }
        var rows = options.rowPerLink() && filter.linkStatus() == null
                ? filter.withLinkStatus(org.claimtrace.claim.LinkStatus.CONFIRMED) : filter;
        return annotations.count(rows);
    }

    /** Writes one file; returns the number of rows (annotations or claims) written. */
    @Transactional(readOnly = true)
    public long write(ExportFile file, ExportFilter filter, ExportOptions options, OutputStream out, Progress progress) {
        return switch (file) {
            case ANNOTATIONS_CSV -> AnnotationCsv.write(annotations.source(filter, options.rowPerLink()),
                    options, out, progress);
            case CLAIMS_CSV -> ClaimCsv.write(each -> claims.forEach(filter, each), options, links, out, progress);
            case ANNOTATIONS_JSONLD -> WebAnnotationJson.write(annotations.source(filter, options.rowPerLink()),
                    count(file, filter, options), options, links, new ArticleCodePoints(dataSource)::of, out, progress);
            case CLAIMREVIEW_JSONLD -> ClaimReviewJson.write(each -> claims.forEach(filter, each), organisation, links, out, progress);
        };
    }

    /** Several files in one ZIP (annotations and claims together). */
    @Transactional(readOnly = true)
    public long writeZip(List<ExportFile> files, ExportFilter filter, ExportOptions options, OutputStream out, Progress progress) {
        long total = 0;
        try {
            var zip = new ZipOutputStream(out);
            for (var file : files) {
                zip.putNextEntry(new ZipEntry(file.fileName()));
                long before = total;
                total += write(file, filter, options, new NonClosing(zip), rows -> progress.row(before + rows));
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    public ClaimLinks links() {
        return links;
    }

    /** The writers close what they write to; a ZIP entry must stay open for the next one. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
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
