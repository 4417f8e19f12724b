package org.claimtrace.annotation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.KaribuTest;
import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.AnnotationListing;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.Outlet;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.OnRecord;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Every annotation of the corpus, found by words of its quote, cue or source and by its filters. */
class AnnotationsViewTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ClaimService claims;

    private String word;
    private ClaimAnnotation shells;
    private ClaimAnnotation linkedOne;
    private ClaimAnnotation linkedOther;

    @BeforeEach
    void annotatedCorpus() {
        word = "Ostrava" + UUID.randomUUID().toString().substring(0, 6);
        shells = AnnotationFixtures.carried(articles, annotations, "List Gazette", "Shells for " + word,
                "Artillery shells from " + word + " were sent east, officials said.", 4, "ANONYMOUS_VAGUE");
        var attribution = shells.getAttribution();
        attribution.setCue("said");
        attribution.setSourceAsWritten("officials familiar with " + word + " shipments");
        attribution.setOnRecord(OnRecord.ANONYMOUS);
        shells = SystemTask.call(() -> annotations.update(shells.getId(), shells.getVersion(), attribution));
        linkedOne = AnnotationFixtures.carried(articles, annotations, "List Times", "Port of " + word,
                "The port of " + word + " reopened on Monday.", 5, "OWN_REPORTING");
        linkedOther = AnnotationFixtures.carried(articles, annotations, "List Gazette", "Port reopens in " + word,
                "The port of " + word + " is open again.", 6, "OWN_REPORTING");
        SystemTask.call(() -> claims.linkPair(linkedOne.getId(), linkedOther.getId()));
        login("vera", Role.Names.VIEWER);
        UI.getCurrent().navigate("annotations");
    }

    @SuppressWarnings("unchecked")
    private static List<AnnotationListing> rows() {
        Grid<AnnotationListing> grid = _get(Grid.class, spec -> spec.withId("annotations"));
        var rows = new ArrayList<AnnotationListing>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search quote, cue, source")), text);
    }

    private static List<Long> ids() {
        return rows().stream().map(AnnotationListing::id).toList();
    }

    @Test
    void aWordOfTheQuoteTheSourceOrTheCueFindsTheAnnotationsWithTheirArticle() {
        search("artillery shells from " + word);
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(shells.getId());
            assertThat(row.outlet()).isEqualTo("List Gazette");
            assertThat(row.headline()).isEqualTo("Shells for " + word);
            assertThat(row.claimId()).isNull();
        });
        search("familiar with " + word);
        assertThat(ids()).containsExactly(shells.getId());
        search(word);
        assertThat(ids()).containsExactlyInAnyOrder(shells.getId(), linkedOne.getId(), linkedOther.getId());
        assertThat(_get(Span.class, spec -> spec.withId("annotation-count")).getText()).isEqualTo("3 annotations");
        search("100%_" + word);
        assertThat(ids()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersNarrowByOutletTypeOnRecordAndWhetherInAClaim() {
        search(word);
        Select<String> linked = _get(Select.class, spec -> spec.withPredicate(c -> "Part of a claim".equals(c.getAriaLabel().orElse(null))));
        _setValue(linked, AnnotationsView.NOT_IN_A_CLAIM);
        assertThat(ids()).containsExactly(shells.getId());
        _setValue(linked, AnnotationsView.IN_A_CLAIM);
        assertThat(ids()).containsExactlyInAnyOrder(linkedOne.getId(), linkedOther.getId());
        _setValue(linked, null);
        ComboBox<Outlet> outlet = _get(ComboBox.class, spec -> spec.withPredicate(c -> "Outlet".equals(c.getAriaLabel().orElse(null))));
        _setValue(outlet, outlet.getListDataView().getItems().filter(o -> o.getName().equals("List Times")).findFirst().orElseThrow());
        assertThat(ids()).containsExactly(linkedOne.getId());
        _setValue(outlet, null);
        Select<AttributionTag> type = _get(Select.class, spec -> spec.withPredicate(c -> "Attribution type".equals(c.getAriaLabel().orElse(null))));
        _setValue(type, type.getListDataView().getItems().filter(t -> t.getCode().equals("ANONYMOUS_VAGUE")).findFirst().orElseThrow());
        assertThat(ids()).containsExactly(shells.getId());
        _setValue(type, null);
        Select<OnRecord> onRecord = _get(Select.class, spec -> spec.withPredicate(c -> "On-record status".equals(c.getAriaLabel().orElse(null))));
        _setValue(onRecord, OnRecord.ANONYMOUS);
        assertThat(ids()).containsExactly(shells.getId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRowOpensTheAnnotationInTheReader() {
        search("artillery shells from " + word);
        _clickItem(_get(Grid.class, spec -> spec.withId("annotations")), 0);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("articles/" + shells.getArticleId());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("editor-quote")).getText())
                .isEqualTo(shells.getQuote());
    }
}
