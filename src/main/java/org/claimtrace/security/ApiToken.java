package org.claimtrace.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.claimtrace.base.AbstractEntity;

import java.time.Instant;
import java.util.Optional;

/**
 * A personal API token: a script authenticates as its owner with it in place of the password. Only the
 * SHA-256 of the token is kept, so a copy of the database does not hand out working credentials.
 */
@Entity
@Table(name = "api_token")
public final class ApiToken extends AbstractEntity {

    public static final int NAME_MAX = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private AppUser owner;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 20, updatable = false)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(AppUser owner, String name, String tokenHash, String tokenPrefix, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = createdAt;
    }

    AppUser getOwner() {
        return owner;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String getName() { return name; }
    /** The first characters of the token, enough to recognise it in a script's configuration. */
    public String getTokenPrefix() { return tokenPrefix; }
    public Instant getCreatedAt() { return createdAt; }
    public Optional<Instant> getLastUsedAt() { return Optional.ofNullable(lastUsedAt); }
    public boolean isRevoked() { return revokedAt != null; }
}
