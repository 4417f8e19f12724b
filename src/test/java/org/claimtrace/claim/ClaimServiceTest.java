package org.claimtrace.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.OutletKind;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "ed", roles = "EDITOR")
class ClaimServiceTest {

    @Autowired
    ClaimService claims;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ArticleService articles;

    private ClaimAnnotation nyt;
    private ClaimAnnotation gzero;
    private ClaimAnnotation wire;

    private ClaimAnnotation appearance(String outlet, String text, ZonedDateTime published, String type) {
        return SystemTask.call(() -> {
            var article = articles.importArticle(new ArticleDraft(outlet, OutletKind.NEWSPAPER, "Kim to meet Putin", null,
                    published, null, "en", text + " " + UUID.randomUUID()));
            return annotations.create(article.getId(), 0, text.length(), new Attribution(type));
        });
    }

    @BeforeEach
    void threeOutletsCarryTheTrip() {
        var zone = ZoneId.of("America/New_York");
        nyt = appearance("Claims Times", "Kim Jong-un plans to travel to Russia this month, officials said.",
                ZonedDateTime.of(2023, 9, 4, 18, 30, 0, 0, zone), "ANONYMOUS_VAGUE");
        gzero = appearance("Claims Weekly", "Kim Jong Un reportedly plans to travel to Russia this month.",
                ZonedDateTime.of(2023, 9, 5, 11, 0, 0, 0, zone), "OTHER_OUTLET");
        wire = appearance("Claims Wire", "Kim will travel to Russia, the agency said.", null, "NAMED_INSTITUTION");
    }

    @Test
    void aClaimMadeFromTwoAnnotationsRecordsWhoConfirmedEachLink() {
        var claim = claims.create("Kim plans to travel to Russia to meet Putin", List.of(nyt.getId(), gzero.getId()));
        var appearances = claims.appearances(claim.getId());
        assertThat(appearances).extracting(Appearance::outlet).containsExactly("Claims Times", "Claims Weekly");
        assertThat(appearances).allSatisfy(a -> {
            assertThat(a.annotation().getClaimId()).isEqualTo(claim.getId());
            assertThat(a.annotation().getLinkedBy()).isEqualTo("ed");
            assertThat(a.annotation().getLinkedAt()).isNotNull();
        });
    }

    @Test
    void theFirstAppearanceIsTheEarliestPublishedWithItsEvidenceAndAnEditorCanOverrideIt() {
        var claim = claims.create("Kim plans to travel to Russia", List.of(gzero.getId(), nyt.getId(), wire.getId()));
        var first = claims.firstAppearance(claim.getId()).orElseThrow();
        assertThat(first.outlet()).isEqualTo("Claims Times");
        assertThat(first.chosenByEditor()).isFalse();
        assertThat(first.evidence()).isEqualTo("Earliest publication time of 2 dated appearances: Claims Times, "
                + "4 Sep 2023, 18:30 EDT (1 undated not compared)");
        var version = claims.find(claim.getId()).orElseThrow().getVersion();
        assertThatThrownBy(() -> claims.chooseFirstAppearance(claim.getId(), version, gzero.getId(), " "))
                .hasMessageContaining("Say why");
        claims.chooseFirstAppearance(claim.getId(), version, gzero.getId(), "Its newsletter went out the night before");
        var chosen = claims.firstAppearance(claim.getId()).orElseThrow();
        assertThat(chosen.outlet()).isEqualTo("Claims Weekly");
        assertThat(chosen.evidence()).isEqualTo("Chosen by ed: Its newsletter went out the night before");
    }

    @Test
    void linkUnlinkMergeAndSplitUndoEachOther() {
        var trip = claims.create("Kim plans to travel to Russia", List.of(nyt.getId()));
        claims.link(trip.getId(), gzero.getId());
        assertThat(claims.appearances(trip.getId())).hasSize(2);
        claims.unlink(trip.getId(), gzero.getId());
        assertThat(claims.appearances(trip.getId())).extracting(a -> a.annotation().getId()).containsExactly(nyt.getId());
        claims.link(trip.getId(), gzero.getId());

        var other = claims.create("Kim will travel to Russia", List.of(wire.getId()));
        var moved = claims.merge(trip.getId(), other.getId());
        assertThat(moved).containsExactly(wire.getId());
        assertThat(claims.find(other.getId())).isEmpty();
        assertThat(claims.appearances(trip.getId())).hasSize(3);

        var splitOut = claims.split(trip.getId(), wire.getId());
        assertThat(splitOut.getShortText()).isEqualTo("Kim will travel to Russia, the agency said.");
        assertThat(claims.appearances(trip.getId())).hasSize(2);
        assertThat(claims.appearances(splitOut.getId())).extracting(a -> a.annotation().getId()).containsExactly(wire.getId());
    }

    @Test
    void anAnnotationBelongsToOneClaimAndShortStatementsAreShort() {
        claims.create("Kim plans to travel to Russia", List.of(nyt.getId()));
        assertThatThrownBy(() -> claims.create("Again", List.of(nyt.getId()))).hasMessageContaining("already an appearance");
        assertThatThrownBy(() -> claims.create("x".repeat(76), List.of(gzero.getId()))).hasMessageContaining("1 to 75 characters");
        assertThatThrownBy(() -> claims.create("No appearances", List.of())).hasMessageContaining("at least one appearance");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerCannotLinkOrMerge() {
        assertThatThrownBy(() -> claims.create("Kim", List.of(nyt.getId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.link(1L, gzero.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claims.merge(1L, 2L)).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemTask.call(() -> annotations.find(nyt.getId()).orElseThrow().getClaimId())).isNull();
    }
}
