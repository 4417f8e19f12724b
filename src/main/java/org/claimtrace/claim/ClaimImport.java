package org.claimtrace.claim;

import org.claimtrace.annotation.AnnotationImport;
import org.claimtrace.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stores annotations (and the claims they belong to) read from an exchange file. Runs only inside the
 * importer's transaction, so a file that fails half-way leaves nothing behind.
 */
@Service
@PreAuthorize(Role.Names.CAN_EDIT)
public class ClaimImport {

    private final AnnotationImport annotations;
    private final ClaimRepository claims;

    ClaimImport(AnnotationImport annotations, ClaimRepository claims) {
        this.annotations = annotations;
        this.claims = claims;
    }

    /** What one chunk did: annotations stored, and rows left out because the same annotation is already here. */
    public record Saved(int stored, int alreadyPresent) {
    }

    /**
     * Stores one chunk. {@code claimIds} maps the file's claim ids to ours and grows as claims are created,
     * so rows of one file claim land in one claim across chunks.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Saved save(List<ImportedAnnotation> rows, Map<String, Long> claimIds) {
        var stored = new ArrayList<Long>();
        int present = 0;
        for (var row : rows) {
            var record = row.record();
            if (annotations.alreadyPresent(record)) {
                present++;
                continue;
            }
            Long claimId = null;
            if (row.fileClaimId() != null) {
                claimId = claimIds.computeIfAbsent(row.fileClaimId(), key -> claims.save(
                        Claim.imported(row.claimShortText(), row.reviewStatus(), row.verdict(),
                                row.linkedAt() == null ? row.createdAt() : row.linkedAt(),
                                row.linkedBy() == null ? row.createdBy() : row.linkedBy())).getId());
            }
            stored.add(annotations.store(record, claimId, row.linkedBy() == null ? row.updatedBy() : row.linkedBy(),
                    row.linkedAt() == null ? row.updatedAt() : row.linkedAt()));
        }
        annotations.endChunk(stored);
        return new Saved(stored.size(), present);
    }
}
