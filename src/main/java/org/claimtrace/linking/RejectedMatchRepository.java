package org.claimtrace.linking;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface RejectedMatchRepository extends JpaRepository<RejectedMatch, Long> {

    @Query("select r from RejectedMatch r where r.annotationId = :id or r.otherAnnotationId = :id")
    List<RejectedMatch> involving(@Param("id") long annotationId);
}
