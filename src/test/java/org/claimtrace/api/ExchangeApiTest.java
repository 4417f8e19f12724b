package org.claimtrace.api;

import org.apache.commons.csv.CSVFormat;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/** Export and import over HTTP, as a script would use them. */
class ExchangeApiTest extends ApiTest {

    @Test
    void aViewerDownloadsAnArticlesAnnotationsAsCsvWithItsFilters() throws Exception {
        var annotation = annotatedArticle("Exchange API Times", "The ministry said the dam would be inspected.");

        var response = get("/api/export/annotations.csv?articleId=" + annotation.getArticleId() + "&includeText=false&bom=true", VIEWER);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"annotations.csv\"");
        assertThat(response.text()).startsWith("\uFEFFannotation_id,");
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(response.text().substring(1)))) {
            var rows = parser.getRecords();
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.get("annotation_id")).isEqualTo(annotation.getId().toString());
                assertThat(row.get("attribution_type")).isEqualTo("NAMED_INSTITUTION");
                assertThat(row.isMapped("quote")).isFalse();
            });
        }
    }

    @Test
    void claimReviewJsonLdNamesTheClaimNotYetReviewedAsAClaim() {
        var annotation = annotatedArticle("Exchange API Post", "Officials said the dam held.");
        long claim = claimOf(annotation);

        var response = get("/api/export/claimreview.jsonld?claimId=" + claim, VIEWER);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/ld+json");
        assertThat(response.json().get("@graph").get(0).get("@type").asString()).isEqualTo("Claim");
        assertThat(response.json().get("@graph").get(0).get("url").asString()).endsWith("/claims/" + claim);
    }

    @Test
    void unknownExportsAndOptionsAreExplained() {
        var unknown = get("/api/export/annotations.xlsx", VIEWER);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asString()).contains("annotations.csv, claims.csv");

        var badOption = get("/api/export/annotations.csv?formulas=sometimes", VIEWER);
        assertThat(badOption.status()).isEqualTo(400);
        assertThat(badOption.json().get("details").get(0).get("field").asString()).isEqualTo("formulas");

        var badRange = get("/api/export/annotations.csv?publishedFrom=2024-02-01&publishedTo=2024-01-01", VIEWER);
        assertThat(badRange.status()).isEqualTo(400);
        assertThat(badRange.json().get("message").asString()).contains("ends before it starts");
    }

    @Test
    void anImportWithABadRowIsRefusedRowByRowAndAGoodOneImports() {
        var annotation = annotatedArticle("Exchange API Herald", "The agency said the levee was repaired last week.");
        var article = SystemTask.call(() -> articles.find(annotation.getArticleId()).orElseThrow());
        var header = "article_content_hash,start,end,quote,attribution_type\n";

        var refused = post("/api/import/annotations", header
                + article.getContentHash() + ",0,10,The agency,AGENCY\n"
                + "ffff,0,3,The,NAMED_INSTITUTION\n", EDITOR);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("message").asString()).startsWith("Nothing was imported: 2 problems in 2 rows");
        assertThat(refused.json().get("details").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(refused.json().get("details").get(0).get("field").asString()).isEqualTo("attribution_type");
        assertThat(refused.json().get("details").get(1).get("line").asInt()).isEqualTo(3);

        var imported = post("/api/import/annotations", header + article.getContentHash() + ",0,10,The agency,NAMED_INSTITUTION\n", EDITOR);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(1);
        assertThat(SystemTask.call(() -> annotations.forArticle(article.getId()))).hasSize(2);
    }

    @Test
    void aFileSentAsCurlSendsItTypedAsAFormIsReadAsTheFile() {
        var annotation = annotatedArticle("Form Post", "The agency said the dam had held.");
        var article = SystemTask.call(() -> articles.find(annotation.getArticleId()).orElseThrow());
        var csv = "article_content_hash,start,end,quote,attribution_type\n" + article.getContentHash() + ",0,10,The agency,NAMED_INSTITUTION\n";

        var imported = post("/api/import/annotations?formulas=raw", csv, "application/x-www-form-urlencoded", EDITOR);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(1);
    }

    @Test
    void aViewerMayNotImport() {
        var response = post("/api/import/annotations", "article_content_hash,start,end,quote,attribution_type\n", VIEWER);
        assertThat(response.status()).isEqualTo(403);
    }
}
