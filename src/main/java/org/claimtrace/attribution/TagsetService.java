package org.claimtrace.attribution;

import org.claimtrace.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The attribution tagset. Everyone reads it; only an admin changes it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Names.CAN_READ)
public class TagsetService {

    /** Keys the reader uses for itself (see the keyboard help). */
    public static final String RESERVED_KEYS = "nsjkax";

    private final AttributionTagRepository tags;

    TagsetService(AttributionTagRepository tags) {
        this.tags = tags;
    }

    public List<AttributionTag> list() {
        return tags.findAllByOrderByPositionAsc();
    }

    public Optional<AttributionTag> find(String code) {
        return tags.findByCode(code);
    }

    /** Saves a new or changed type; a code or key another type has is refused. */
    @Transactional
    @PreAuthorize(Role.Names.IS_ADMIN)
    public AttributionTag save(AttributionTag tag) {
        if (tag.getShortcutKey() != null && RESERVED_KEYS.contains(tag.getShortcutKey())) {
            throw new IllegalArgumentException("The key " + tag.getShortcutKey() + " is a reader shortcut; choose another.");
        }
        for (var other : tags.findAll()) {
            if (other.equals(tag)) {
                continue;
            }
            if (other.getCode().equals(tag.getCode())) {
                throw new IllegalArgumentException("There is already a type with the code " + tag.getCode() + ".");
            }
            if (tag.getShortcutKey() != null && !tag.getShortcutKey().isBlank()
                    && Objects.equals(other.getShortcutKey(), tag.getShortcutKey())) {
                throw new IllegalArgumentException("The key " + tag.getShortcutKey() + " already picks " + other.getName() + ".");
            }
        }
        if (tag.getShortcutKey() != null && tag.getShortcutKey().isBlank()) {
            tag.setShortcutKey(null);
        }
        if (tag.getId() == null && tag.getPosition() == 0) {
            tag.setPosition(tags.findAll().stream().mapToInt(AttributionTag::getPosition).max().orElse(0) + 1);
        }
        return tags.save(tag);
    }
}
