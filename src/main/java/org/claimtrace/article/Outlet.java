package org.claimtrace.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.claimtrace.base.AbstractEntity;

@Entity
@Table(name = "outlet")
@org.hibernate.envers.Audited
public class Outlet extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int COUNTRY_MAX = 100;
    public static final int HOMEPAGE_MAX = 500;

    @NotBlank(message = "Give the outlet's name")
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @NotNull(message = "Choose what kind of outlet this is")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OutletKind kind = OutletKind.OTHER;

    @Size(max = COUNTRY_MAX)
    @Column(length = COUNTRY_MAX)
    private String country;

    @Size(max = HOMEPAGE_MAX)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "A homepage starts with http:// or https://")
    @Column(length = HOMEPAGE_MAX)
    private String homepage;

    public Outlet() {
    }

    public Outlet(String name, OutletKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OutletKind getKind() {
        return kind;
    }

    public void setKind(OutletKind kind) {
        this.kind = kind;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getHomepage() {
        return homepage;
    }

    public void setHomepage(String homepage) {
        this.homepage = homepage;
    }

    @Override
    public String toString() {
        return name;
    }
}
