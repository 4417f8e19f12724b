package org.claimtrace.reader.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.claimtrace.KaribuTest;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.Article;
import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.OutletKind;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.claim.ClaimFilter;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.UUID;

/** A wire story reprinted by another outlet is recognised as such and counts as one origin. */
class SyndicatedCopyTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ClaimService claims;

    private static String wireStory(String marker) {
        return "SEOUL (Wire) \u2014 The North Korean leader plans to travel to " + marker + " this month to meet the Russian "
                + "president and discuss supplying artillery shells, officials said on Monday. The meeting would take "
                + "place on the sidelines of an economic forum in the port city, according to two people familiar with "
                + "the plans, who spoke on condition of anonymity because they were not authorized to discuss them.\n\n"
                + "The leader would travel by armored train, the officials said, and could visit a naval base and a space "
                + "launch center. Pyongyang has not confirmed the trip. Analysts said the visit would deepen military "
                + "cooperation between the two countries, which are both under heavy international sanctions.\n\n"
                + "The White House warned last week that arms talks were actively advancing.";
    }

    private Article imported(String outlet, String headline, String text) {
        return SystemTask.call(() -> articles.importArticle(new ArticleDraft(outlet, OutletKind.WIRE_SERVICE, headline,
                null, null, null, "en", text)));
    }

    @Test
    void aReprintIsMarkedAsSyndicatedCopyAndCountedOnceAsAnOrigin() {
        var marker = "Vostok" + UUID.randomUUID().toString().substring(0, 8);
        var wire = imported("Syndication Wire", "Leader to visit " + marker, wireStory(marker));
        var reprint = imported("Syndication Gazette", "Leader heads to " + marker + " for talks",
                "By Wire staff\n\n" + wireStory(marker).replace("The White House warned last week that arms talks were actively advancing.", ""));
        var unrelated = imported("Syndication Courier", "Harbour reopens " + marker,
                "The harbour of " + marker + " reopened on Tuesday after repairs to the breakwater, the port authority said. "
                        + "Fishing boats returned to their moorings and the ferry timetable resumed.");
        assertThat(reprint.getNearDuplicateOf()).contains(wire.getId());
        assertThat(reprint.getNearDuplicateSimilarity()).hasValueSatisfying(j -> assertThat(j).isGreaterThan(0.7));
        assertThat(wire.getNearDuplicateOf()).isEmpty();
        assertThat(unrelated.getNearDuplicateOf()).isEmpty();

        var sentence = "The North Korean leader plans to travel to " + marker;
        var a = SystemTask.call(() -> annotations.create(wire.getId(), wire.getText().indexOf(sentence),
                wire.getText().indexOf(sentence) + sentence.length(), new Attribution("ANONYMOUS_VAGUE")));
        var b = SystemTask.call(() -> annotations.create(reprint.getId(), reprint.getText().indexOf(sentence),
                reprint.getText().indexOf(sentence) + sentence.length(), new Attribution("ANONYMOUS_VAGUE")));
        var c = SystemTask.call(() -> annotations.create(unrelated.getId(), 0, 11, new Attribution("NAMED_INSTITUTION")));
        SystemTask.run(() -> claims.create("The leader plans to travel to " + marker, List.of(a.getId(), b.getId(), c.getId())));
        var summary = SystemTask.call(() -> claims.search(new ClaimFilter(marker, null, null, null), PageRequest.of(0, 5)))
                .getContent().getFirst();
        assertThat(summary.outlets()).isEqualTo(3);
        assertThat(summary.origins()).isEqualTo(2);

        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("articles/" + reprint.getId());
        assertThat(_get(Div.class, spec -> spec.withId("near-duplicate")).getElement().getTextRecursively())
                .contains("Syndicated copy").contains("Leader to visit " + marker).contains("Counted as one origin");
        UI.getCurrent().navigate("articles/" + unrelated.getId());
        assertThat(_find(Div.class, spec -> spec.withId("near-duplicate"))).isEmpty();
    }
}
