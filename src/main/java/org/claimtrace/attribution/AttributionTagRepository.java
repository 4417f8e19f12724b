package org.claimtrace.attribution;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AttributionTagRepository extends JpaRepository<AttributionTag, Long> {

    List<AttributionTag> findAllByOrderByPositionAsc();

    Optional<AttributionTag> findByCode(String code);
}
