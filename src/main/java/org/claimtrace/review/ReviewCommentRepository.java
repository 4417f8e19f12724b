package org.claimtrace.review;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

    List<ReviewComment> findByItemIdOrderById(long itemId);

    @Query("select c from ReviewComment c join c.mentions m where lower(m) = lower(:user) order by c.id desc")
    List<ReviewComment> mentioning(String user, Limit limit);
}
