package org.claimtrace.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByItemIdOrderByPosition(long itemId);
}
