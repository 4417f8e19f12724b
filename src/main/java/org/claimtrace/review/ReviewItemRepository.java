package org.claimtrace.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ReviewItemRepository extends JpaRepository<ReviewItem, Long> {

    List<ReviewItem> findBySessionIdOrderByPosition(long sessionId);

    Optional<ReviewItem> findBySessionIdAndClaimId(long sessionId, long claimId);

    List<ReviewItem> findByClaimIdOrderBySessionId(long claimId);

    /** Per session: status and how many items have it. */
    @Query("select i.sessionId, i.status, count(i) from ReviewItem i where i.sessionId in :sessions group by i.sessionId, i.status")
    List<Object[]> countByStatus(Collection<Long> sessions);
}
