package org.claimtrace.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import org.claimtrace.base.AbstractEntity;
import org.claimtrace.base.NewsroomDates;
import org.hibernate.Hibernate;
import org.hibernate.envers.NotAudited;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The audited fields of an entity class, read from the JPA metamodel (embedded values flattened), and how each
 * value reads as text. Generic, so every audited record gets a before/after without code of its own; the id,
 * the version and the "updated by/at" stamps are left out (the revision says who and when).
 */
final class AuditedFields {

    /** A field an editor reads: its label, and where its value is. */
    record Property(String name, String label, List<Field> path) {
        Object read(Object entity) {
            Object value = entity;
            for (var field : path) {
                if (value == null) {
                    return null;
                }
                try {
                    value = field.get(Hibernate.unproxy(value));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            return value;
        }
    }

    private static final List<String> LEFT_OUT = List.of("updatedAt", "updatedBy");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("typeCode", "attribution type"), Map.entry("shortText", "short statement"),
            Map.entry("fullText", "full statement"), Map.entry("start", "start offset"), Map.entry("end", "end offset"),
            Map.entry("claimId", "claim"), Map.entry("sourceAsWritten", "source as written"),
            Map.entry("reviewRationale", "review rationale"), Map.entry("contentHash", "text (SHA-256)"),
            Map.entry("revision", "text revision"), Map.entry("doubleReview", "double review"),
            Map.entry("firstAppearanceId", "first appearance (annotation)"));

    private final EntityManager entityManager;
    private final Map<Class<?>, List<Property>> byClass = new ConcurrentHashMap<>();

    AuditedFields(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Property> of(Class<?> type) {
        return byClass.computeIfAbsent(type, t -> {
            var properties = new ArrayList<Property>();
            collect(entityManager.getMetamodel().managedType(t), "", List.of(), properties);
            return List.copyOf(properties);
        });
    }

    private void collect(ManagedType<?> type, String prefix, List<Field> path, List<Property> into) {
        var attributes = new ArrayList<Attribute<?, ?>>(type.getAttributes());
        attributes.sort((a, b) -> Integer.compare(order(a), order(b)));
        for (var attribute : attributes) {
            if (!(attribute.getJavaMember() instanceof Field field) || field.getDeclaringClass() == AbstractEntity.class
                    || field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Id.class)
                    || field.isAnnotationPresent(Version.class) || LEFT_OUT.contains(field.getName())) {
                continue;
            }
            field.setAccessible(true);
            var fieldPath = new ArrayList<>(path);
            fieldPath.add(field);
            if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                collect(entityManager.getMetamodel().embeddable(field.getType()), prefix + field.getName() + ".", fieldPath, into);
            } else {
                into.add(new Property(prefix + field.getName(), label(field.getName()), List.copyOf(fieldPath)));
            }
        }
    }

    /** Declaration order, so a change lists fields as the class does. */
    private static int order(Attribute<?, ?> attribute) {
        if (attribute.getJavaMember() instanceof Field field) {
            var fields = field.getDeclaringClass().getDeclaredFields();
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].equals(field)) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    static String label(String name) {
        var known = LABELS.get(name);
        if (known != null) {
            return known;
        }
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Instant instant -> NewsroomDates.utc(instant);
            case Boolean b -> b ? "yes" : "no";
            case Enum<?> e -> e.name();
            case AbstractEntity entity -> "#" + entity.getId();
            case Collection<?> items -> items.stream().map(AuditedFields::text).sorted().collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(text(a), text(b));
    }
}
