package org.claimtrace.annotation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DismissedSuggestionRepository extends JpaRepository<DismissedSuggestion, Long> {

    List<DismissedSuggestion> findByArticleId(long articleId);
}
