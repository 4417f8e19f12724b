package org.claimtrace.reader.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.claimtrace.KaribuTest;
import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

/** Linking from the reader's side panel (words-only matching in this context: embeddings are off in tests). */
class LinkingTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ClaimService claims;
    @Autowired
    org.claimtrace.linking.MatchService matches;

    private ClaimAnnotation mine;
    private ClaimAnnotation theirs;
    private String word;

    private ClaimAnnotation carried(String outlet, String sentence, int day) {
        return AnnotationFixtures.carried(articles, annotations, outlet, "Trip " + word, sentence, day, "ANONYMOUS_VAGUE");
    }

    @BeforeEach
    void twoOutletsCarryTheSameClaim() {
        word = "Zorbatown" + UUID.randomUUID().toString().substring(0, 6);
        mine = carried("Linking Daily", "The leader plans to travel to " + word + " by armored train this month", 5);
        theirs = carried("Linking Times", "The leader will travel to " + word + " by train, officials said", 4);
        login("ed", Role.Names.EDITOR);
        UI.getCurrent().navigate("articles/" + mine.getArticleId());
        _get(ClaimTextView.class).clicked(mine.getId().toString());
        showMatches();
    }

    /** The editor's Matches tab, where the matches are listed. */
    static void showMatches() {
        _click(_get(com.vaadin.flow.component.html.NativeButton.class,
                spec -> spec.withPredicate(b -> b.getText().startsWith(AnnotationEditor.MATCHES_PAGE))));
    }

    /** The Link button of the row for the other outlet's annotation (earlier tests' articles may match too). */
    private void clickLink() {
        var row = _find(Div.class, spec -> spec.withClasses("match-row")).stream()
                .filter(r -> r.getElement().getTextRecursively().contains("The leader will travel to " + word))
                .findFirst().orElseThrow();
        _click(_get(row, Button.class, spec -> spec.withText("Link")));
    }

    private ClaimAnnotation reload(ClaimAnnotation a) {
        return SystemTask.call(() -> annotations.find(a.getId()).orElseThrow());
    }

    @Test
    void theMatchFromTheOtherOutletIsShownWithItsMatchedWordsAndLinksInOneClick() {
        var panel = _get(MatchesPanel.class);
        assertThat(panel.getElement().getTextRecursively()).contains("Linking Times").contains("4 Sep 2023")
                .contains("The leader will travel to " + word);
        assertThat(panel.getElement().getOuterHTML()).contains("class=\"matched-term\">" + word);
        clickLink();
        var claimId = reload(mine).getClaimId();
        assertThat(claimId).isNotNull().isEqualTo(reload(theirs).getClaimId());
        assertThat(reload(theirs).getLinkedBy()).isEqualTo("ed");
        var first = SystemTask.call(() -> claims.firstAppearance(claimId)).orElseThrow();
        assertThat(first.outlet()).isEqualTo("Linking Times");
        assertThat(_get(MatchesPanel.class).getElement().getTextRecursively()).contains("Linked to this claim");
        _get(ClaimTextView.class).shortcut("Escape", 0);
        assertThat(ClaimListRows.texts()).singleElement().asString().contains("in a claim");
    }

    @Test
    void matchesFollowARevisionOfTheOtherArticle() {
        // the matched words come from the index's copy of the other annotation, so they show whether it followed
        assertThat(matchOfTheirs().matchedTerms()).contains("train");
        var text = SystemTask.call(() -> articles.find(theirs.getArticleId()).orElseThrow().getText());
        SystemTask.run(() -> articles.revise(theirs.getArticleId(), text.replace("by train", "by rail")));
        var after = matchOfTheirs();
        assertThat(after.annotation().getQuote()).contains("by rail");
        assertThat(after.matchedTerms()).doesNotContain("train").contains(word);
    }

    private org.claimtrace.linking.Match matchOfTheirs() {
        return SystemTask.call(() -> matches.matchesFor(mine.getId(), 10)).stream()
                .filter(m -> m.annotation().getId().equals(theirs.getId())).findFirst().orElseThrow();
    }

    @Test
    void aLinkCanBeUndone() {
        clickLink();
        var claimId = reload(mine).getClaimId();
        _click(_get(Button.class, spec -> spec.withText("Undo")));
        assertThat(reload(mine).getClaimId()).isNull();
        assertThat(reload(theirs).getClaimId()).isNull();
        assertThat(SystemTask.call(() -> claims.find(claimId))).isEmpty();
    }

    @Test
    void aViewerSeesMatchesButCannotLink() {
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("articles");
        UI.getCurrent().navigate("articles/" + mine.getArticleId());
        _get(ClaimTextView.class).clicked(mine.getId().toString());
        showMatches();
        assertThat(_get(MatchesPanel.class).getElement().getTextRecursively()).contains("Linking Times");
        assertThat(_get(MatchesPanel.class).getChildren().flatMap(c -> c.getChildren()).noneMatch(c -> c instanceof Button)).isTrue();
    }
}
