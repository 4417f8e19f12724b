package org.claimtrace.article;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface ArticleRepository extends JpaRepository<Article, Long> {

    String SUMMARY = "select new org.claimtrace.article.ArticleSummary(a.id, a.headline, o.name, a.publishedAt, "
            + "a.publishedZone, 0L) from Article a join a.outlet o ";

    @Query(SUMMARY)
    Slice<ArticleSummary> findSummaries(Pageable pageable);

    /** pattern is a lower-case LIKE pattern with \ as the escape character. */
    @Query(SUMMARY + "where lower(a.headline) like :pattern escape '\\' or lower(o.name) like :pattern escape '\\' "
            + "or lower(a.text) like :pattern escape '\\'")
    Slice<ArticleSummary> searchSummaries(@Param("pattern") String pattern, Pageable pageable);

    @Query("select a from Article a join fetch a.outlet where a.id = :id")
    Optional<Article> findWithOutlet(@Param("id") long id);

    @Query("select a from Article a join fetch a.outlet where a.contentHash = :hash")
    Optional<Article> findByContentHash(@Param("hash") String contentHash);

    @Query("select a from Article a join fetch a.outlet where a.url = :url order by a.id")
    java.util.List<Article> findByUrl(@Param("url") String url);
}
