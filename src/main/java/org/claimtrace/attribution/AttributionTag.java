package org.claimtrace.attribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimtrace.base.AbstractEntity;

/**
 * One attribution type of the tagset, as data: admins rename, recolour, re-key and add types; the code
 * never changes, so exports stay comparable across installs.
 */
@Entity
@Table(name = "attribution_tag")
public final class AttributionTag extends AbstractEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "Upper-case letters, digits and _, e.g. PRESS_RELEASE")
    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String code;

    @NotBlank(message = "Give the type a name")
    @Size(max = 80)
    @Column(nullable = false, length = 80)
    private String name;

    @NotBlank
    @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "A colour such as #117733")
    @Column(nullable = false, length = 7)
    private String colour;

    @Pattern(regexp = "^$|^[0-9a-z]$", message = "One digit or lower-case letter")
    @Column(name = "shortcut_key", length = 1)
    private String shortcutKey;

    @Size(max = 500)
    @Column(length = 500)
    private String description;

    @Column(nullable = false)
    private int position;

    public AttributionTag() {
    }

    public AttributionTag(String code, String name, String colour, int position) {
        this.code = code;
        this.name = name;
        this.colour = colour;
        this.position = position;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
    public String getShortcutKey() { return shortcutKey; }
    public void setShortcutKey(String shortcutKey) { this.shortcutKey = shortcutKey; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }

    @Override
    public String toString() {
        return name;
    }
}
