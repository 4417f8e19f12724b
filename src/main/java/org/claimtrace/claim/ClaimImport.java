package org.claimtrace.claim;

import jakarta.persistence.EntityManager;
import org.claimtrace.security.Role;
import org.springframework.context.ApplicationEventPublisher;
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

    private final ClaimAnnotationRepository annotations;
    private final ClaimRepository claims;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    ClaimImport(ClaimAnnotationRepository annotations, ClaimRepository claims, EntityManager entityManager,
                ApplicationEventPublisher events) {
        this.annotations = annotations;
        this.claims = claims;
        this.entityManager = entityManager;
        this.events = events;
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
            var anchor = row.anchor();
            if (annotations.existsLive(row.articleId(), anchor.start(), anchor.end(), row.attribution().getTypeCode())) {
                present++;
                continue;
            }
            var annotation = ClaimAnnotation.imported(row);
            if (row.fileClaimId() != null) {
                long claimId = claimIds.computeIfAbsent(row.fileClaimId(), key -> claims.save(
                        Claim.imported(row.claimShortText(), row.reviewStatus(), row.verdict(),
                                row.linkedAt() == null ? row.createdAt() : row.linkedAt(),
                                row.linkedBy() == null ? row.createdBy() : row.linkedBy())).getId());
                annotation.linkTo(claimId, row.linkedAt() == null ? row.updatedAt() : row.linkedAt(),
                        row.linkedBy() == null ? row.updatedBy() : row.linkedBy());
            }
            stored.add(annotations.save(annotation).getId());
        }
        // A large file must not keep every stored entity in the persistence context.
        entityManager.flush();
        entityManager.clear();
        if (!stored.isEmpty()) {
            events.publishEvent(new AnnotationChanged(stored));
        }
        return new Saved(stored.size(), present);
    }
}
