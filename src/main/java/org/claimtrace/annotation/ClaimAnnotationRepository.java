package org.claimtrace.annotation;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface ClaimAnnotationRepository extends JpaRepository<ClaimAnnotation, Long> {

    @Query("select c from ClaimAnnotation c where c.articleId = :articleId and c.deletedAt is null order by c.start, c.end")
    List<ClaimAnnotation> findLive(@Param("articleId") long articleId);

    @Query("""
            select count(c) > 0 from ClaimAnnotation c where c.articleId = :articleId and c.start = :start and c.end = :end
            and c.attribution.typeCode = :typeCode and c.deletedAt is null""")
    boolean existsLive(@Param("articleId") long articleId, @Param("start") int start, @Param("end") int end,
                       @Param("typeCode") String typeCode);

    @Query("""
            select c.id from ClaimAnnotation c where c.articleId = :articleId and c.start = :start and c.end = :end
            and c.attribution.typeCode = :typeCode and c.deletedAt is null order by c.id""")
    List<Long> findLiveSame(@Param("articleId") long articleId, @Param("start") int start, @Param("end") int end,
                            @Param("typeCode") String typeCode);

    @Query("select c from ClaimAnnotation c where c.deletedAt is null order by c.articleId, c.id")
    List<ClaimAnnotation> findAllLive();

    @Query("""
            select new org.claimtrace.annotation.LiveQuote(c.id, c.articleId, c.quote) from ClaimAnnotation c
            where c.deletedAt is null and c.id > :afterId order by c.id""")
    List<LiveQuote> findLiveQuotes(@Param("afterId") long afterId, Limit limit);

    @Query("""
            select new org.claimtrace.annotation.LiveQuote(c.id, c.articleId, c.quote) from ClaimAnnotation c
            where c.deletedAt is null and c.id in :ids""")
    List<LiveQuote> findLiveQuotes(@Param("ids") Collection<Long> ids);

    @Query("select c from ClaimAnnotation c where c.deletedAt is null order by c.id desc")
    List<ClaimAnnotation> findNewestLive(Limit limit);

    @Query("select c from ClaimAnnotation c where c.claimId = :claimId and c.deletedAt is null order by c.id")
    List<ClaimAnnotation> findByClaim(@Param("claimId") long claimId);

    @Query("select c.articleId, count(c) from ClaimAnnotation c where c.articleId in :ids and c.deletedAt is null group by c.articleId")
    List<Object[]> countLive(@Param("ids") Collection<Long> articleIds);
}
