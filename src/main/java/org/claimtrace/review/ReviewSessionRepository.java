package org.claimtrace.review;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewSessionRepository extends JpaRepository<ReviewSession, Long> {
}
