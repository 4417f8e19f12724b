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

    boolean existsByCreatedBy(String createdBy);
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

    /** Every live annotation that passes the filters, newest first: one query, joined with its article and outlet. */
    @Query(value = """
            select new org.claimtrace.annotation.AnnotationListing(c.id, c.articleId, c.quote, c.attribution.typeCode,
              c.attribution.cue, c.attribution.sourceAsWritten, c.attribution.onRecord, c.claimId, ar.headline, o.name,
              ar.publishedAt, ar.publishedZone)
            from ClaimAnnotation c, Article ar join ar.outlet o
            where ar.id = c.articleId and c.deletedAt is null""" + LISTING_FILTERS + " order by c.id desc")
    List<AnnotationListing> findListing(@Param("pattern") String pattern, @Param("outletId") Long outletId,
                                        @Param("typeCode") String typeCode,
                                        @Param("onRecord") org.claimtrace.attribution.OnRecord onRecord,
                                        @Param("linked") Boolean linked, org.springframework.data.domain.Pageable page);

    @Query(value = """
            select count(c) from ClaimAnnotation c, Article ar join ar.outlet o
            where ar.id = c.articleId and c.deletedAt is null""" + LISTING_FILTERS)
    long countListing(@Param("pattern") String pattern, @Param("outletId") Long outletId, @Param("typeCode") String typeCode,
                      @Param("onRecord") org.claimtrace.attribution.OnRecord onRecord, @Param("linked") Boolean linked);

    String LISTING_FILTERS = """
            
             and (:pattern is null or lower(c.quote) like :pattern escape '\\'
                  or lower(coalesce(c.attribution.cue, '')) like :pattern escape '\\'
                  or lower(coalesce(c.attribution.sourceAsWritten, '')) like :pattern escape '\\')
             and (:outletId is null or o.id = :outletId)
             and (:typeCode is null or c.attribution.typeCode = :typeCode)
             and (:onRecord is null or c.attribution.onRecord = :onRecord)
             and (:linked is null or (:linked = true and c.claimId is not null) or (:linked = false and c.claimId is null))""";

    @Query("select c.articleId, count(c) from ClaimAnnotation c where c.articleId in :ids and c.deletedAt is null group by c.articleId")
    List<Object[]> countLive(@Param("ids") Collection<Long> articleIds);
}
