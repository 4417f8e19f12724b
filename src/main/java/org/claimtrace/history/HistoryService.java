package org.claimtrace.history;

import jakarta.persistence.EntityManager;
import org.claimtrace.security.Role;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Reads the history Envers records: one record's changes (a claim, an annotation), the changes of records that
 * had a value (annotations linked to or unlinked from a claim), and the whole log for the administrator.
 * Deleting a record keeps its history (stored with the data it had).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Names.CAN_READ)
public class HistoryService {

    /** What an editor calls each kind of record; others read from their class name. */
    private static final Map<String, String> TYPES = Map.of(
            "ClaimAnnotation", "Annotation", "AppUser", "User", "ReviewSession", "Review session",
            "ReviewItem", "Claim in a session", "Judgment", "Blind verdict", "Evidence", "Evidence",
            "ReviewComment", "Comment");
    private static final List<String> SUBJECTS = List.of("shortText", "name", "headline", "username", "quote", "body",
            "url", "reviewer", "claimId", "itemId");

    private final EntityManager entityManager;
    private final AuditedFields fields;

    HistoryService(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.fields = new AuditedFields(entityManager);
    }

    /** Every change of one record, oldest first. */
    public List<Change> of(Class<?> type, long id) {
        return changes(type, revisionsOf(type, id), (before, after) -> true);
    }

    /**
     * The changes of every record of the type in which {@code property} had {@code value} before or after, oldest
     * first: e.g. annotations becoming or ceasing to be appearances of claim 7 ({@code claimId}, 7).
     */
    public List<Change> whereValue(Class<?> type, String property, Object value) {
        @SuppressWarnings("unchecked")
        List<Object> ids = reader().createQuery().forRevisionsOfEntity(type, true, true)
                .add(AuditEntity.property(property).eq(value))
                .addProjection(AuditEntity.id().distinct()).getResultList();
        var linked = fields.of(type).stream().filter(p -> p.name().equals(property)).findFirst().orElseThrow();
        BiPredicate<Object, Object> touches = (before, after) ->
                before != null && Objects.equals(linked.read(before), value) || after != null && Objects.equals(linked.read(after), value);
        var changes = new ArrayList<Change>();
        for (var id : ids) {
            changes.addAll(changes(type, revisionsOf(type, ((Number) id).longValue()), touches));
        }
        changes.sort(Comparator.comparingLong(Change::revision));
        return changes;
    }

    /** The kinds of record that have a history, by entity name, with their labels. */
    public Map<String, String> types() {
        var types = new java.util.TreeMap<String, String>();
        for (var entity : entityManager.getMetamodel().getEntities()) {
            if (reader().isEntityClassAudited(entity.getJavaType())) {
                types.put(entity.getJavaType().getName(), typeLabel(entity.getJavaType()));
            }
        }
        return types;
    }

    /** One page of the whole log, newest revision first: the changes of {@code size} revisions. */
    public record LogPage(List<Change> changes, boolean older) {
    }

    @PreAuthorize(Role.Names.IS_ADMIN)
    public LogPage log(LogFilter filter, int page, int size) {
        var jpql = new StringBuilder("select r.id from Revision r where r.timestamp >= :from and r.timestamp < :to");
        if (filter.user() != null && !filter.user().isBlank()) {
            jpql.append(" and lower(r.username) = lower(:user)");
        }
        if (filter.entityName() != null) {
            jpql.append(" and :entity member of r.modifiedEntityNames");
        }
        jpql.append(" order by r.id desc");
        var query = entityManager.createQuery(jpql.toString(), Long.class)
                .setParameter("from", millis(filter.from(), 0, Long.MIN_VALUE))
                .setParameter("to", millis(filter.to(), 1, Long.MAX_VALUE))
                .setFirstResult(page * size).setMaxResults(size + 1);
        if (filter.user() != null && !filter.user().isBlank()) {
            query.setParameter("user", filter.user().strip());
        }
        if (filter.entityName() != null) {
            query.setParameter("entity", filter.entityName());
        }
        var revisions = query.getResultList();
        var changes = new ArrayList<Change>();
        for (var rev : revisions.subList(0, Math.min(size, revisions.size()))) {
            changes.addAll(changesAt(rev, filter.entityName()));
        }
        return new LogPage(changes, revisions.size() > size);
    }

    private static long millis(LocalDate day, int plusDays, long none) {
        return day == null ? none : day.plusDays(plusDays).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** What one revision changed, each record against its state just before. */
    private List<Change> changesAt(long rev, String entityName) {
        var reader = reader();
        var revision = entityManager.find(Revision.class, rev);
        var changes = new ArrayList<Change>();
        var byType = reader.getCrossTypeRevisionChangesReader().findEntitiesGroupByRevisionType(rev);
        for (var kind : List.of(RevisionType.ADD, RevisionType.MOD, RevisionType.DEL)) {
            for (var entity : byType.getOrDefault(kind, List.of())) {
                var type = org.hibernate.Hibernate.getClass(entity);
                if (entityName != null && !type.getName().equals(entityName)) {
                    continue;
                }
                long id = idOf(entity);
                Object before = kind == RevisionType.ADD ? null : reader.find(type, id, rev - 1);
                changes.add(change(type, id, revision, kind, before, entity));
            }
        }
        return changes;
    }

    private List<Object[]> revisionsOf(Class<?> type, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = reader().createQuery().forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        return rows;
    }

    private List<Change> changes(Class<?> type, List<Object[]> rows, BiPredicate<Object, Object> keep) {
        var changes = new ArrayList<Change>();
        Object before = null;
        for (var row : rows) {
            var entity = row[0];
            var revision = (Revision) row[1];
            var kind = (RevisionType) row[2];
            if (keep.test(before, kind == RevisionType.DEL ? null : entity)) {
                changes.add(change(type, idOf(entity), revision, kind, before, entity));
            }
            before = kind == RevisionType.DEL ? null : entity;
        }
        return changes;
    }

    private Change change(Class<?> type, long id, Revision revision, RevisionType revisionType, Object before, Object after) {
        var kind = switch (revisionType) {
            case ADD -> Change.Kind.ADDED;
            case MOD -> Change.Kind.CHANGED;
            case DEL -> Change.Kind.DELETED;
        };
        var diffs = new ArrayList<Change.FieldChange>();
        if (kind != Change.Kind.DELETED) {
            for (var property : fields.of(type)) {
                var was = before == null ? null : property.read(before);
                var is = property.read(after);
                if (!AuditedFields.same(was, is)) {
                    diffs.add(new Change.FieldChange(property.label(), AuditedFields.text(was), AuditedFields.text(is)));
                }
            }
        }
        return new Change(revision.getId(), revision.getAt(), revision.getUsername(), typeLabel(type), type.getName(), id,
                subject(type, after != null ? after : before).orElse(typeLabel(type) + " " + id), kind, diffs);
    }

    private Optional<String> subject(Class<?> type, Object state) {
        if (state == null) {
            return Optional.empty();
        }
        var properties = fields.of(type);
        for (var name : SUBJECTS) {
            var found = properties.stream().filter(p -> p.name().equals(name)).findFirst()
                    .map(p -> (name.endsWith("Id") ? p.label() + " " : "") + AuditedFields.text(p.read(state)))
                    .filter(s -> !s.isBlank() && !s.endsWith(" "));
            if (found.isPresent()) {
                var text = found.get().replaceAll("\\s+", " ");
                return Optional.of(text.length() > 80 ? text.substring(0, 79) + "\u2026" : text);
            }
        }
        return Optional.empty();
    }

    static String typeLabel(Class<?> type) {
        return TYPES.getOrDefault(type.getSimpleName(), AuditedFields.label(type.getSimpleName()).replaceFirst("^.", type.getSimpleName().substring(0, 1)));
    }

    private long idOf(Object entity) {
        return ((Number) entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity)).longValue();
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }

    /** The distinct users who made revisions, for the log's filter. */
    @PreAuthorize(Role.Names.IS_ADMIN)
    public List<String> users() {
        return new ArrayList<>(new LinkedHashSet<>(entityManager.createQuery(
                "select distinct r.username from Revision r order by r.username", String.class).getResultList()));
    }
}
