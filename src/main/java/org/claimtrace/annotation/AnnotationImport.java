package org.claimtrace.annotation;

import jakarta.persistence.EntityManager;
import org.claimtrace.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Stores annotations read from an exchange file. Runs only inside the importer's transaction, so a file
 * that fails half-way leaves nothing behind.
 */
@Service
@PreAuthorize(Role.Names.CAN_EDIT)
public class AnnotationImport {

    private final ClaimAnnotationRepository annotations;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    AnnotationImport(ClaimAnnotationRepository annotations, EntityManager entityManager, ApplicationEventPublisher events) {
        this.annotations = annotations;
        this.entityManager = entityManager;
        this.events = events;
    }

    /** True when the same annotation (article, span and type) is already here: importing it again adds nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean alreadyPresent(AnnotationRecord row) {
        var anchor = row.anchor();
        return annotations.existsLive(row.articleId(), anchor.start(), anchor.end(), row.attribution().getTypeCode());
    }

    /** Stores one record, as an appearance of {@code claimId} when it is not null; returns its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long store(AnnotationRecord row, Long claimId, String linkedBy, Instant linkedAt) {
        var annotation = ClaimAnnotation.imported(row);
        if (claimId != null) {
            annotation.linkTo(claimId, linkedAt, linkedBy);
        }
        return annotations.save(annotation).getId();
    }

    /** Ends a chunk: writes it, lets go of its entities (a large file must not stay in memory) and tells the index. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void endChunk(List<Long> stored) {
        entityManager.flush();
        entityManager.clear();
        if (!stored.isEmpty()) {
            events.publishEvent(new AnnotationChanged(stored));
        }
    }
}
