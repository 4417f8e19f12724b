package org.claimtrace.claim;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DismissedSuggestionRepository extends JpaRepository<DismissedSuggestion, Long> {

    List<DismissedSuggestion> findByArticleId(long articleId);
}
