package org.claimtrace.base.live;

import org.claimtrace.Application;
import org.claimtrace.OnPostgres;
import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.review.ItemChange;
import org.claimtrace.review.ItemView;
import org.claimtrace.review.NewSession;
import org.claimtrace.review.ReviewFixtures;
import org.claimtrace.review.ReviewService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.claimtrace.security.UserAccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.claimtrace.review.ReviewFixtures.as;

/**
 * Two app nodes on one PostgreSQL database: two Spring contexts, each with its own broadcaster. A change saved on
 * one node reaches the views of the other through LISTEN/NOTIFY, carrying only the topic and the id; the receiver
 * reloads and finds the change stored.
 */
@OnPostgres
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresBroadcasterTest {

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    private static ConfigurableApplicationContext node(String name) {
        // command-line arguments: they win over application(-test).properties, as the node's settings must
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET).profiles("test")
                .run("--spring.datasource.url=" + System.getenv("CLAIMTRACE_TEST_PG_URL"),
                        "--spring.datasource.username=" + System.getenv().getOrDefault("CLAIMTRACE_TEST_PG_USER", "postgres"),
                        "--spring.datasource.password=" + System.getenv().getOrDefault("CLAIMTRACE_TEST_PG_PASSWORD", ""),
                        "--spring.application.name=" + name, "--spring.jmx.enabled=false", "--server.port=0");
    }

    @BeforeAll
    void twoNodes() {
        first = node("node-1");
        second = node("node-2");
    }

    @AfterAll
    void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    /** Each node checks roles with its own security-context strategy (Vaadin installs one per context): use that node's. */
    private static <T> T on(ConfigurableApplicationContext node, java.util.function.Supplier<T> work) {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(
                node.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class));
        return work.get();
    }

    @Test
    void bothNodesUseListenNotify() {
        assertThat(first.getBean(Broadcaster.class)).isInstanceOf(PostgresBroadcaster.class);
        assertThat(second.getBean(Broadcaster.class)).isInstanceOf(PostgresBroadcaster.class);
    }

    @Test
    void aVerdictSavedOnOneNodeReachesTheOtherNodesViewsWhichReloadIt() {
        var ann = on(first, () -> ReviewFixtures.user(first.getBean(UserAccountService.class), "ann", Role.REVIEWER));
        var claim = on(first, () -> ReviewFixtures.claim(first.getBean(ArticleService.class), first.getBean(ClaimAnnotationService.class),
                first.getBean(ClaimService.class), "The canal was closed for a week"));
        var reviewsOnFirst = first.getBean(ReviewService.class);
        var session = on(first, () -> as(ann, () -> reviewsOnFirst.create(new NewSession("Two nodes", null, false, Set.of(),
                List.of(claim.getId()))), Role.REVIEWER));

        var heardOnSecond = new CopyOnWriteArrayList<Long>();
        var registration = second.getBean(Broadcaster.class).subscribe(Broadcaster.REVIEW_ITEM, heardOnSecond::add);
        try {
            var read = on(first, () -> as(ann, () -> reviewsOnFirst.item(session.getId(), claim.getId()), Role.REVIEWER));
            on(first, () -> as(ann, () -> reviewsOnFirst.update(session.getId(), claim.getId(),
                    ItemChange.verdict("Mostly accurate", "Closed for six days, not seven", List.of(), read.version())), Role.REVIEWER));
            await().atMost(Duration.ofSeconds(10)).until(() -> heardOnSecond.contains(read.itemId()));
            // the receiver has only the id; it reloads on its own node and finds the change stored
            var reviewsOnSecond = second.getBean(ReviewService.class);
            ItemView reloaded = on(second, () -> as(ann, () -> reviewsOnSecond.item(session.getId(), claim.getId()), Role.REVIEWER));
            assertThat(reloaded.rationale()).isEqualTo("Closed for six days, not seven");
        } finally {
            registration.remove();
        }
    }

    @Test
    void theOtherNodeReadsAVerdictOnceForItsOpenPagesAndEachSeesOnlyItsOwnPartOfABlindReview() {
        var ann = on(first, () -> ReviewFixtures.user(first.getBean(UserAccountService.class), "ann", Role.REVIEWER));
        var bob = on(first, () -> ReviewFixtures.user(first.getBean(UserAccountService.class), "bob", Role.REVIEWER));
        var claim = on(first, () -> ReviewFixtures.claim(first.getBean(ArticleService.class), first.getBean(ClaimAnnotationService.class),
                first.getBean(ClaimService.class), "The bridge reopened on Monday"));
        var reviewsOnFirst = first.getBean(ReviewService.class);
        var session = on(first, () -> as(ann, () -> reviewsOnFirst.create(new NewSession("Two nodes, blind", null, true, Set.of(bob),
                List.of(claim.getId()))), Role.REVIEWER));

        // two open pages on the second node follow its feed; the change is read there once and handed to both
        var pageOne = new CopyOnWriteArrayList<org.claimtrace.review.ItemSnapshot>();
        var pageTwo = new CopyOnWriteArrayList<org.claimtrace.review.ItemSnapshot>();
        var feed = second.getBean(org.claimtrace.review.ReviewFeed.class);
        var one = feed.followItems(pageOne::add);
        var two = feed.followItems(pageTwo::add);
        try {
            var saved = on(first, () -> as(ann, () -> reviewsOnFirst.update(session.getId(), claim.getId(),
                    ItemChange.verdict("Accurate", "Ann's sealed reason", List.of(), 0)), Role.REVIEWER));
            // in one test JVM the two contexts have a security-context strategy each and the static holder points at
            // one of them: the second node's read (as the system) needs its own. Separate app nodes have one each.
            // Announced again once it does, in case the first announcement arrived while the holder was the first's.
            on(second, () -> true);
            first.getBean(Broadcaster.class).publish(Broadcaster.REVIEW_ITEM, saved.itemId());
            await().atMost(Duration.ofSeconds(10)).until(() -> pageOne.stream().anyMatch(s -> s.sessionId() == session.getId())
                    && pageTwo.stream().anyMatch(s -> s.sessionId() == session.getId()));
            var snapshot = pageOne.stream().filter(s -> s.sessionId() == session.getId()).findFirst().orElseThrow();
            assertThat(pageTwo).contains(snapshot);
            assertThat(snapshot.viewFor(ann).mine().rationale()).isEqualTo("Ann's sealed reason");
            assertThat(snapshot.viewFor(bob).mine()).isNull();
            assertThat(snapshot.viewFor(bob).others()).isEmpty();
            assertThat(snapshot.viewFor(bob).judgments()).isEqualTo(1);
        } finally {
            one.remove();
            two.remove();
        }
    }

    @Test
    void anAnnotationAddedOnOneNodeIsAnnouncedForItsArticleOnTheOther() {
        var heard = new CopyOnWriteArrayList<Long>();
        var registration = second.getBean(Broadcaster.class).subscribe(Broadcaster.ARTICLE, heard::add);
        try {
            var annotation = on(first, () -> AnnotationFixtures.carried(first.getBean(ArticleService.class),
                    first.getBean(ClaimAnnotationService.class), "Node Times", "Node story", "The lock gates failed, engineers said", 5,
                    "ANONYMOUS_DESCRIBED"));
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(annotation.getArticleId()));
            assertThat(on(second, () -> SystemTask.call(() -> second.getBean(ClaimAnnotationService.class)
                    .forArticle(annotation.getArticleId())))).extracting(a -> a.getId()).contains(annotation.getId());
        } finally {
            registration.remove();
        }
    }
}
