package org.claimtrace.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface JudgmentRepository extends JpaRepository<Judgment, Long> {

    List<Judgment> findByItemIdOrderById(long itemId);

    List<Judgment> findByItemIdIn(Collection<Long> itemIds);

    Optional<Judgment> findByItemIdAndReviewerIgnoreCase(long itemId, String reviewer);
}
