package org.claimtrace.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.annotation.SuggestionService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

/**
 * The seed story as a user would annotate it (every detector suggestion accepted in both articles), with
 * the real matcher: words and MiniLM sentence vectors, computed synchronously here so the result is fixed.
 * Its own context (and database), so the seeds stay unannotated for the other tests.
 */
@SpringBootTest(properties = {"claimtrace.matching.embeddings=true", "claimtrace.matching.embed-in-background=false"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedMatchesTest {

    @Autowired
    ArticleService articles;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    MatchService matches;

    private long nyt;
    private long gzero;

    @BeforeAll
    void annotateBothSeeds() {
        nyt = AnnotationFixtures.seedId(articles, "000_f4194aa40a5762b1.txt");
        gzero = AnnotationFixtures.seedId(articles, "004_67ecabca6ce82094.txt");
        AnnotationFixtures.acceptAllSuggestions(suggestions, nyt);
        AnnotationFixtures.acceptAllSuggestions(suggestions, gzero);
    }

    private ClaimAnnotation gzeroClaim(String startsWith) {
        return SystemTask.call(() -> annotationsOf(gzero)).stream()
                .filter(a -> a.getQuote().contains(startsWith)).findFirst().orElseThrow();
    }

    @Autowired
    ClaimAnnotationService annotations;

    private List<ClaimAnnotation> annotationsOf(long article) {
        return annotations.forArticle(article);
    }

    private List<String> top3(ClaimAnnotation query) {
        var found = SystemTask.call(() -> matches.matchesFor(query.getId(), 3));
        assertThat(found).allSatisfy(m -> assertThat(m.annotation().getArticleId()).isEqualTo(nyt));
        return found.stream().map(m -> m.annotation().getQuote()).toList();
    }

    @Test
    void theReportedTripMatchesTheTimesSentencesAboutTheTripAndTheArms() {
        var trip = gzeroClaim("reportedly plans to travel to Russia");
        assertThat(top3(trip)).anyMatch(q -> q.contains("plans to travel to Russia this month to meet with President Vladimir V. Putin"));
    }

    @Test
    void theForumClaimMatchesTheTimesForumSentence() {
        var forum = gzeroClaim("Eastern Economic Forum");
        assertThat(top3(forum)).anyMatch(q -> q.contains("Eastern Economic Forum"));
    }

    @Test
    void theUsOfficialsUrgingMatchesTheSpokeswomansStatement() {
        var urge = gzeroClaim("to cease its arms negotiations");
        assertThat(top3(urge)).anyMatch(q -> q.contains("We urge the D.P.R.K. to cease its arms negotiations"));
    }

    @Test
    void everySuggestionExplainsItself() {
        var trip = gzeroClaim("reportedly plans to travel to Russia");
        var found = SystemTask.call(() -> matches.matchesFor(trip.getId(), 5));
        assertThat(found).isNotEmpty().allSatisfy(m -> assertThat(m.explanation()).isNotBlank());
        assertThat(found.getFirst().matchedTerms()).isNotEmpty();
        assertThat(matches.meaningReady()).isTrue();
    }
}
