package org.claimtrace.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @Query("select t from ApiToken t join fetch t.owner where t.tokenHash = :hash")
    Optional<ApiToken> findByHash(String hash);

    @Query("select t from ApiToken t where lower(t.owner.username) = lower(:username) order by t.createdAt desc, t.id desc")
    List<ApiToken> findByOwner(String username);

    /**
     * A bulk update, not an entity save: concurrent calls with the same token must not fail on the
     * optimistic lock just to record when it was last used. Written at most once per minute a token: a script
     * making hundreds of calls a second must not pay a durable write for each.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    void markUsed(long id, Instant at, Instant before);
}
