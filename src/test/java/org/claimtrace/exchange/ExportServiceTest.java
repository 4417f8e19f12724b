package org.claimtrace.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "ed", roles = "EDITOR")
class ExportServiceTest {

    @Autowired
    ExportService export;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ClaimService claims;

    private ExchangeFixtures corpus;

    @BeforeEach
    void corpus() {
        corpus = SystemTask.call(() -> new ExchangeFixtures(articles, annotations, claims));
    }

    static List<CSVRecord> parse(String csv) throws Exception {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }

    private Map<Long, CSVRecord> byAnnotation(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.toMap(r -> Long.parseLong(r.get("annotation_id")), r -> r));
    }

    @Test
    void annotationsCsvReadsBackWithAnotherLibraryColumnForColumn() throws Exception {
        var csv = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_CSV, corpus.filter(), ExportOptions.DEFAULT);

        assertThat(csv).startsWith("annotation_id,article_id,article_content_hash,outlet,");
        assertThat(csv).contains("\r\n");
        var rows = byAnnotation(parse(csv));
        assertThat(rows).containsOnlyKeys(corpus.trip.getId(), corpus.urge.getId(), corpus.reportedly.getId());
        var trip = rows.get(corpus.trip.getId());
        assertThat(trip.get("quote")).isEqualTo("Kim Jong-un plans to travel to Russia this month");
        assertThat(trip.get("start")).isEqualTo(Integer.toString(corpus.trip.getStart()));
        assertThat(trip.get("attribution_type")).isEqualTo("ANONYMOUS_DESCRIBED");
        assertThat(trip.get("source_as_written")).isEqualTo("American and allied officials");
        assertThat(trip.get("cue")).isEqualTo("said, \"quietly\"\nto reporters");
        assertThat(trip.get("claim_id")).isEqualTo(Long.toString(corpus.claimId));
        assertThat(trip.get("claim_short_text")).isEqualTo("Kim plans to travel to Russia this month");
        assertThat(trip.get("link_status")).isEqualTo("CONFIRMED");
        assertThat(trip.get("linked_by")).isEqualTo("system");
        assertThat(trip.get("published")).isEqualTo("2023-09-04T18:30:00-04:00");
        assertThat(trip.get("article_url")).startsWith("https://example.org/nyt");
        assertThat(rows.get(corpus.urge.getId()).get("link_status")).isEqualTo("UNLINKED");
        assertThat(rows.get(corpus.urge.getId()).get("claim_id")).isEmpty();
    }

    /** The README promises a stable column order, new columns only at the end: this is that order. */
    @Test
    void theColumnOrderIsTheDocumentedOneWithNewColumnsAtTheEnd() throws Exception {
        var annotationsCsv = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_CSV, corpus.filter(), ExportOptions.DEFAULT);
        assertThat(annotationsCsv.lines().findFirst().orElseThrow()).isEqualTo("annotation_id,article_id,article_content_hash,"
                + "outlet,outlet_kind,headline,article_url,published,start,end,quote,prefix,suffix,previous_quote,anchor_state,"
                + "attribution_type,cue,source_as_written,source_name,affiliation,role,on_record,source_count,anonymity_reason,"
                + "basis_of_knowledge,relayed_via,stance,note,claim_id,claim_short_text,link_status,linked_by,linked_at,"
                + "review_status,verdict,created_by,created_at,updated_by,updated_at,verdict_code");
        var claimsCsv = ExchangeFixtures.write(export, ExportFile.CLAIMS_CSV, corpus.filter(), ExportOptions.DEFAULT);
        assertThat(claimsCsv.lines().findFirst().orElseThrow()).isEqualTo("claim_id,claim_reviewed,full_text,claimant,"
                + "first_appearance_url,first_appearance_outlet,first_appearance_date,first_appearance_evidence,appearance_count,"
                + "outlet_count,origin_count,on_record_count,rating_label,rating_value,review_status,review_url,review_date,"
                + "sourcing_summary,created_by,created_at,updated_by,updated_at,verdict_code");
    }

    @Test
    void formulaCellsAreNeutralisedButPlainNumbersAndTheMachineOptionAreLeftAlone() throws Exception {
        var trip = byAnnotation(parse(ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_CSV, corpus.filter(), ExportOptions.DEFAULT)))
                .get(corpus.trip.getId());
        assertThat(trip.get("source_name")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(trip.get("anonymity_reason")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(trip.get("basis_of_knowledge")).startsWith("'@SUM");
        assertThat(trip.get("relayed_via")).isEqualTo("'-2+3");
        assertThat(trip.get("note")).as("a plain number is not a formula").isEqualTo("-3%");

        var raw = byAnnotation(parse(ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_CSV, corpus.filter(),
                new ExportOptions(true, false, false, false)))).get(corpus.trip.getId());
        assertThat(raw.get("source_name")).startsWith("=HYPERLINK(");
        assertThat(raw.get("relayed_via")).isEqualTo("-2+3");
    }

    @Test
    void withoutTextTheArticlesWordsAreLeftOutAndLinkRowsLeadWithTheClaim() throws Exception {
        var csv = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_CSV, corpus.filter(), new ExportOptions(false, true, true, true));

        assertThat(csv).startsWith("\uFEFFclaim_id,claim_short_text,link_status,linked_by,linked_at,annotation_id,");
        assertThat(csv).doesNotContain("Kim Jong-un plans", "reportedly plans").doesNotContain(",quote,");
        var rows = parse(csv.substring(1));
        assertThat(rows).extracting(r -> r.get("annotation_id"))
                .containsExactly(corpus.trip.getId().toString(), corpus.reportedly.getId().toString());
    }

    @Test
    void claimsCsvHasClaimReviewColumnsAndTheFirstAppearance() throws Exception {
        var rows = parse(ExchangeFixtures.write(export, ExportFile.CLAIMS_CSV, corpus.filter(), ExportOptions.DEFAULT));

        assertThat(rows).hasSize(1);
        var claim = rows.getFirst();
        assertThat(claim.get("claim_id")).isEqualTo(Long.toString(corpus.claimId));
        assertThat(claim.get("claim_reviewed")).isEqualTo("Kim plans to travel to Russia this month");
        assertThat(claim.get("first_appearance_url")).startsWith("https://example.org/nyt");
        assertThat(claim.get("first_appearance_date")).isEqualTo("2023-09-04T18:30:00-04:00");
        assertThat(claim.get("appearance_count")).isEqualTo("2");
        assertThat(claim.get("outlet_count")).isEqualTo("1");
        assertThat(claim.get("rating_label")).isEmpty();
        assertThat(claim.get("sourcing_summary")).isEqualTo("2 appearances in 1 outlet (2 origins); ANONYMOUS_DESCRIBED 1, OTHER_OUTLET 1; on record 0 of 2");
    }

    @Test
    void webAnnotationsHaveTheRequiredKeysAndCodePointOffsetsThatSelectTheQuote() throws Exception {
        var json = JsonMapper.shared().readTree(ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_JSONLD, corpus.filter(), ExportOptions.DEFAULT));

        assertThat(json.path("@context").path(0).asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(json.path("type").asString()).isEqualTo("AnnotationCollection");
        assertThat(json.path("total").asInt()).isEqualTo(3);
        var page = json.path("first");
        assertThat(page.path("type").asString()).isEqualTo("AnnotationPage");
        var text = articles.find(corpus.nytArticle).orElseThrow().getText();
        int checked = 0;
        for (JsonNode item : page.path("items")) {
            assertThat(item.has("id")).isTrue();
            assertThat(item.path("type").asString()).isEqualTo("Annotation");
            assertThat(item.has("target")).isTrue();
            assertThat(item.path("created").asString()).isNotBlank();
            assertThat(item.path("creator").path("nickname").asString()).isEqualTo("system");
            assertThat(item.path("creator").path("name").asString()).isEqualTo("system");
            assertThat(item.path("body").path(0).path("purpose").asString()).isEqualTo("classifying");
            var selectors = item.path("target").path("selector");
            assertThat(selectors.path(0).path("type").asString()).isEqualTo("TextQuoteSelector");
            assertThat(selectors.path(1).path("type").asString()).isEqualTo("TextPositionSelector");
            if (item.path("target").path("source").asString().startsWith("https://example.org/nyt")) {
                int start = selectors.path(1).path("start").asInt();
                int end = selectors.path(1).path("end").asInt();
                int[] points = text.codePoints().toArray();
                assertThat(new String(points, start, end - start)).isEqualTo(selectors.path(0).path("exact").asString());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(2);
        var trip = corpus.trip;
        assertThat(text.codePointCount(0, trip.getStart())).as("three code points fewer than UTF-16 units before the claim? two pairs")
                .isEqualTo(trip.getStart() - 2);
    }

    /** Google requires a ClaimReview to have a rating: a claim not yet reviewed is published as what it is, a Claim. */
    @Test
    void aClaimWithoutAVerdictGoesOutAsAClaimNotAClaimReview() throws Exception {
        var json = JsonMapper.shared().readTree(ExchangeFixtures.write(export, ExportFile.CLAIMREVIEW_JSONLD, corpus.filter(), ExportOptions.DEFAULT));

        assertThat(json.path("@context").asString()).isEqualTo("https://schema.org");
        var claim = json.path("@graph").path(0);
        assertThat(json.path("@graph")).hasSize(1);
        assertThat(claim.path("@type").asString()).isEqualTo("Claim");
        assertThat(claim.path("name").asString()).isEqualTo("Kim plans to travel to Russia this month");
        assertThat(claim.has("reviewRating")).isFalse();
        assertThat(claim.path("url").asString()).endsWith("/claims/" + corpus.claimId);
        assertThat(claim.path("appearance")).hasSize(2);
        assertThat(claim.path("firstAppearance").path("url").asString()).startsWith("https://example.org/nyt");
    }

    @Test
    @WithMockUser(username = "vi", roles = "VIEWER")
    void aViewerMayExport() {
        assertThat(ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_CSV, corpus.filter(), ExportOptions.DEFAULT)).contains("ANONYMOUS_DESCRIBED");
    }
}
