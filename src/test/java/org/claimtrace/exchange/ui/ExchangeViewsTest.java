package org.claimtrace.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouteParameters;
import org.claimtrace.KaribuTest;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletKind;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

/** The Export view's choices and the annotation import's report, driven as a user. */
class ExchangeViewsTest extends KaribuTest {

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;

    private String outletWithTwoAnnotations() {
        var outlet = "Export View Test " + UUID.randomUUID();
        SystemTask.run(() -> {
            var text = "The minister said the port would reopen. Officials said ferries would resume. " + UUID.randomUUID();
            var article = articles.importArticle(new ArticleDraft(outlet, OutletKind.NEWSPAPER, "Port", null, null, null, "en", text));
            annotations.create(article.getId(), 0, 39, new Attribution("NAMED_PERSON"));
            annotations.create(article.getId(), 41, 78, new Attribution("ANONYMOUS_VAGUE"));
        });
        return outlet;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSummarySaysHowManyRowsTheChosenFilterExports() {
        var outlet = outletWithTwoAnnotations();
        login("vi", "VIEWER");
        UI.getCurrent().navigate(ExportView.class);

        MultiSelectComboBox<Outlet> outlets = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Outlets"));
        outlets.setValue(outlets.getListDataView().getItems().filter(o -> o.getName().equals(outlet)).toList());

        assertThat(_get(Span.class, spec -> spec.withId("export-summary")).getText())
                .isEqualTo("Will export 2 annotations as annotations.csv.");
        RadioButtonGroup<ExportForm.What> what = _get(RadioButtonGroup.class, spec -> spec.withLabel("What"));
        what.setValue(ExportForm.What.BOTH);
        assertThat(_get(Span.class, spec -> spec.withId("export-summary")).getText())
                .isEqualTo("Will export 2 annotations and 0 claims as a ZIP of [annotations.csv, claims.csv].");
    }

    @Test
    void aBadFileIsListedRowByRowAndAGoodOneImports() throws Exception {
        var outlet = outletWithTwoAnnotations();
        var hash = SystemTask.call(() -> articles.search(outlet, org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent().getFirst().id()).longValue();
        var article = SystemTask.call(() -> articles.find(hash).orElseThrow());
        login("ed", "EDITOR");
        UI.getCurrent().navigate(AnnotationImportView.class);
        var view = (AnnotationImportView) UI.getCurrent().getCurrentView();

        var bad = Files.createTempFile("bad", ".csv");
        Files.writeString(bad, "article_content_hash,start,end,quote,attribution_type\n"
                + article.getContentHash() + ",0,3,The,GOSSIP\n", StandardCharsets.UTF_8);
        view.receive("bad.csv", bad.toFile());
        assertThat(_get(Span.class, spec -> spec.withId("import-outcome")).getText()).startsWith("bad.csv: Nothing was imported: 1 problem");
        assertThat(view.listedProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2L);
            assertThat(p.message()).contains("GOSSIP");
        });

        var good = Files.createTempFile("good", ".csv");
        Files.writeString(good, "article_content_hash,start,end,quote,attribution_type\n"
                + article.getContentHash() + ",4,12,minister,NAMED_PERSON\n", StandardCharsets.UTF_8);
        view.receive("good.csv", good.toFile());
        assertThat(_get(Span.class, spec -> spec.withId("import-outcome")).getText()).isEqualTo("good.csv: 1 annotation imported.");
        assertThat(SystemTask.call(() -> annotations.forArticle(hash))).hasSize(3);
    }

    @Test
    void aHypothesisAnnotationWhoseTagsNameNoTypeImportsAsUnattributedAndTheEditorIsTold() throws Exception {
        var url = "https://example.org/port/" + UUID.randomUUID();
        var text = "The minister said the port would reopen. " + UUID.randomUUID();
        long article = SystemTask.call(() -> articles.importArticle(new ArticleDraft("Hypothesis View Test", OutletKind.NEWSPAPER,
                "Port", null, null, url, "en", text)).getId());
        login("ed", "EDITOR");
        UI.getCurrent().navigate(AnnotationImportView.class);
        var view = (AnnotationImportView) UI.getCurrent().getCurrentView();

        var file = Files.createTempFile("hypothesis", ".json");
        Files.writeString(file, "{\"total\": 1, \"rows\": [{\"uri\": \"" + url + "\", \"user\": \"acct:ann@hypothes.is\","
                + " \"text\": \"Which port?\", \"tags\": [\"shipping\"], \"target\": [{\"source\": \"" + url + "\","
                + " \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"the port would reopen\"},"
                + " {\"type\": \"TextPositionSelector\", \"start\": 18, \"end\": 39}]}]}]}", StandardCharsets.UTF_8);
        view.receive("hypothesis.json", file.toFile());

        assertThat(_get(Span.class, spec -> spec.withId("import-outcome")).getText()).isEqualTo("hypothesis.json: 1 annotation imported, "
                + "1 as UNATTRIBUTED because no tag names an attribution type (tags kept in the note).");
        assertThat(view.listedProblems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("Its tags (shipping) name no attribution type: imported as UNATTRIBUTED, the tags kept in the note."));
        assertThat(SystemTask.call(() -> annotations.forArticle(article))).singleElement().satisfies(a -> {
            assertThat(a.getAttribution().getTypeCode()).isEqualTo("UNATTRIBUTED");
            assertThat(a.getAttribution().getNote()).isEqualTo("Which port?\n\nTags: shipping");
        });
    }
}
