package org.claimtrace.article;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

    List<ArticleRevision> findByArticleIdOrderByRevisionDesc(long articleId);
}
