package org.claimtrace.article;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface OutletRepository extends JpaRepository<Outlet, Long> {

    Optional<Outlet> findByNameIgnoreCase(String name);

    List<Outlet> findAllByOrderByNameAsc();
}
