package org.claimtrace.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "ed", roles = "EDITOR")
class ImportServiceTest {

    @Autowired
    ImportService imports;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    ExportService export;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ClaimService claims;
    @TempDir
    Path folder;

    private ExchangeFixtures corpus;
    private String nytText;
    private String nytHash;

    @BeforeEach
    void corpus() {
        corpus = SystemTask.call(() -> new ExchangeFixtures(articles, annotations, claims));
        var nyt = articles.find(corpus.nytArticle).orElseThrow();
        nytText = nyt.getText();
        nytHash = nyt.getContentHash();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void deleteTheCorpusAnnotations() {
        for (var a : java.util.List.of(corpus.trip, corpus.urge, corpus.reportedly)) {
            annotations.delete(a.getId(), annotations.find(a.getId()).orElseThrow().getVersion());
        }
    }

    /** Ids differ between installs; everything else must come back as it was. */
    private static String idsAside(String csv) throws Exception {
        var rows = ExportServiceTest.parse(csv);
        var out = new StringBuilder();
        for (var row : rows) {
            var map = new java.util.TreeMap<>(row.toMap());
            map.remove("annotation_id");
            map.remove("article_id");
            map.remove("claim_id");
            out.append(map).append('\n');
        }
        return out.toString();
    }

    @Test
    void csvRoundTripIsExactIdsAside() throws Exception {
        var before = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_CSV, corpus.filter(), ExportOptions.DEFAULT);
        deleteTheCorpusAnnotations();

        var result = imports.importAnnotations(file("annotations.csv", before), true, Progress.NONE);

        assertThat(result.imported()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM claim_annotation c JOIN article a ON a.id = c.article_id WHERE c.deleted_at IS NULL "
                        + "AND c.article_id IN (:articles) AND c.article_published_at IS NOT DISTINCT FROM a.published_at")
                .param("articles", java.util.List.of(corpus.nytArticle, corpus.gzeroArticle)).query(Long.class).single())
                .as("each imported annotation keeps its article's publication time").isEqualTo(3);
        assertThat(jdbc.sql("SELECT c.reason_stated, c.relay_named FROM claim_annotation c WHERE c.deleted_at IS NULL "
                        + "AND c.article_id IN (:articles) ORDER BY c.reason_stated, c.relay_named")
                .param("articles", java.util.List.of(corpus.nytArticle, corpus.gzeroArticle))
                .query((rs, n) -> rs.getBoolean(1) + "/" + rs.getBoolean(2)).list())
                .as("the reports' flags are kept on import: only the trip states a reason and names a relay")
                .containsExactly("false/false", "false/false", "true/true");
        var after = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_CSV, corpus.filter(), ExportOptions.DEFAULT);
        assertThat(idsAside(after)).isEqualTo(idsAside(before));
        var claimIds = ExportServiceTest.parse(after).stream().map(r -> r.get("claim_id")).filter(id -> !id.isEmpty()).toList();
        assertThat(claimIds).as("one new claim holds both links").hasSize(2).doesNotContain(Long.toString(corpus.claimId));
        assertThat(claimIds.get(0)).isEqualTo(claimIds.get(1));
    }

    @Test
    void webAnnotationRoundTripIsExactIdsAside() throws Exception {
        var before = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_JSONLD, corpus.filter(), ExportOptions.DEFAULT);
        deleteTheCorpusAnnotations();

        var result = imports.importAnnotations(file("annotations.jsonld", before), true, Progress.NONE);

        assertThat(result.imported()).isEqualTo(3);
        var after = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_JSONLD, corpus.filter(), ExportOptions.DEFAULT);
        var ids = "/(api/annotations|api/articles|claims)/\\d+";
        assertThat(after.replaceAll(ids, "ID")).isEqualTo(before.replaceAll(ids, "ID"));
    }

    @Test
    void importingTheSameFileTwiceAddsNothing() throws Exception {
        var csv = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_CSV, corpus.filter(), ExportOptions.DEFAULT);

        var result = imports.importAnnotations(file("annotations.csv", csv), true, Progress.NONE);

        assertThat(result.imported()).isZero();
        assertThat(result.alreadyPresent()).isEqualTo(3);
    }

    @Test
    void badRowsAreReportedByLineAndNothingIsImported() throws Exception {
        int good = nytText.indexOf("American and allied officials said");
        var csv = "article_content_hash,start,end,quote,attribution_type\r\n"
                + "0000000000000000000000000000000000000000000000000000000000000000,0,5,Kim,ANONYMOUS_VAGUE\r\n"
                + nytHash + ",0,9," + nytText.substring(0, 9) + ",RUMOUR\r\n"
                + nytHash + ",9000,9010,words that are not in the text,ANONYMOUS_VAGUE\r\n"
                + nytHash + "," + good + "," + (good + 34) + ",American and allied officials said,ANONYMOUS_VAGUE\r\n"
                + nytHash + ",0,4,said,ANONYMOUS_VAGUE\r\n";
        int before = annotations.forArticle(corpus.nytArticle).size();

        var rejected = catchThrowableOfType(FileRejectedException.class,
                () -> imports.importAnnotations(file("bad.csv", csv), true, Progress.NONE));

        assertThat(rejected.getMessage()).contains("Nothing was imported: 4 problems in 5 rows");
        assertThat(rejected.problems()).extracting(RowProblem::line).containsExactly(2L, 3L, 4L, 6L);
        assertThat(rejected.problems().get(0).message()).contains("No such article");
        assertThat(rejected.problems().get(1).message()).contains("Unknown attribution type \u201cRUMOUR\u201d");
        assertThat(rejected.problems().get(2).message()).contains("is not in the article's text").contains("nor anywhere else");
        assertThat(rejected.problems().get(3).message()).as("a quote found more than once is not taken at random")
                .isEqualTo("The quote “said” is not at 0–4 but occurs 2 times in the article's text: give its offsets, or its prefix and suffix, to say which.");
        assertThat(annotations.forArticle(corpus.nytArticle)).hasSize(before);
    }

    @Test
    void aQuoteWhoseOffsetsMovedIsReanchoredAsTheReaderDoes() throws Exception {
        int at = nytText.indexOf("American and allied officials said");
        var csv = "article_content_hash,start,end,quote,attribution_type\n"
                + nytHash + "," + (at + 7) + "," + (at + 41) + ",American and allied officials said,ANONYMOUS_DESCRIBED\n";

        var result = imports.importAnnotations(file("moved.csv", csv), true, Progress.NONE);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.reanchored()).isEqualTo(1);
        assertThat(result.notes().getFirst().line()).isEqualTo(2L);
        assertThat(annotations.forArticle(corpus.nytArticle)).anySatisfy(a -> {
            assertThat(a.getStart()).isEqualTo(at);
            assertThat(a.getQuote()).isEqualTo("American and allied officials said");
            assertThat(a.getCreatedBy()).isEqualTo("ed");
        });
    }

    @Test
    void brokenFilesAreRefusedWithAReason() throws Exception {
        var unclosed = catchThrowableOfType(FileRejectedException.class, () -> imports.importAnnotations(file("unclosed.csv",
                "article_content_hash,start,end,quote,attribution_type\n" + nytHash + ",0,3,\"Pyo,ANONYMOUS_VAGUE\n"), true, Progress.NONE));
        assertThat(unclosed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2L);
            assertThat(p.message()).contains("quote");
        });
        var latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, ("article_content_hash,start,end,quote,attribution_type\n" + nytHash + ",0,3,caf\u00e9,ANONYMOUS_VAGUE\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> imports.importAnnotations(latin1, true, Progress.NONE))
                .isInstanceOf(FileRejectedException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> imports.importAnnotations(file("empty.csv", "  \n"), true, Progress.NONE))
                .isInstanceOf(FileRejectedException.class).hasMessageContaining("empty");
        var binary = Files.write(folder.resolve("photo.csv"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThatThrownBy(() -> imports.importAnnotations(binary, true, Progress.NONE))
                .isInstanceOf(FileRejectedException.class).hasMessageContaining("not a text file");
        assertThatThrownBy(() -> imports.importAnnotations(file("other.csv", "name,age\nAda,36\n"), true, Progress.NONE))
                .isInstanceOf(FileRejectedException.class).hasMessageContaining("does not look like annotations.csv");
        assertThatThrownBy(() -> imports.importAnnotations(file("broken.jsonld", "{\"items\": [ {\"target\": "), true, Progress.NONE))
                .isInstanceOf(FileRejectedException.class).hasMessageContaining("JSON is broken");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeReadingIt() throws Exception {
        var huge = folder.resolve("huge.csv");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        assertThatThrownBy(() -> imports.importAnnotations(huge, true, Progress.NONE))
                .isInstanceOf(FileRejectedException.class).hasMessageContaining("200 MB").hasMessageContaining("limit is 100 MB");
    }

    @Test
    void hypothesisStyleAnnotationsImportWithTheirTagAndUser() throws Exception {
        var quote = "American and allied officials said";
        int at = nytText.indexOf(quote);
        var url = articles.find(corpus.nytArticle).orElseThrow().getUrl();
        var hypothesis = JsonMapper.shared().writeValueAsString(java.util.Map.of("total", 1, "rows", java.util.List.of(java.util.Map.of(
                "uri", url, "user", "acct:ann@hypothes.is", "tags", java.util.List.of("fact-check", "Anonymous, described"),
                "text", "Who are they?", "created", "2024-01-02T03:04:05.123456+00:00", "updated", "2024-01-03T03:04:05.123456+00:00",
                "target", java.util.List.of(java.util.Map.of("source", url, "selector", java.util.List.of(
                        java.util.Map.of("type", "TextQuoteSelector", "exact", quote, "prefix", "this month, ", "suffix", ". \"We urge"),
                        // Hypothesis counts UTF-16 units, as JavaScript does (the text has emoji before the quote)
                        java.util.Map.of("type", "TextPositionSelector", "start", at, "end", at + quote.length()))))))));

        var result = imports.importAnnotations(file("hypothesis.json", hypothesis), true, Progress.NONE);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.reanchored()).isZero();
        assertThat(annotations.forArticle(corpus.nytArticle)).anySatisfy(a -> {
            assertThat(a.getStart()).isEqualTo(at);
            assertThat(a.getAttribution().getTypeCode()).isEqualTo("ANONYMOUS_DESCRIBED");
            assertThat(a.getAttribution().getNote()).isEqualTo("Who are they?\n\nTags: fact-check");
            assertThat(a.getCreatedBy()).isEqualTo("ann@hypothes.is");
        });
    }

    @Test
    void aWebAnnotationFromAnotherToolTakesItsCommentBodyWithoutPurposeAsTheNote() throws Exception {
        var quote = "American and allied officials said";
        int at = nytText.indexOf(quote);
        var points = new CodePoints(nytText);
        var url = articles.find(corpus.nytArticle).orElseThrow().getUrl();
        var annotation = JsonMapper.shared().writeValueAsString(java.util.Map.of(
                "@context", "http://www.w3.org/ns/anno.jsonld", "id", "urn:uuid:" + java.util.UUID.randomUUID(), "type", "Annotation",
                "body", java.util.List.of(java.util.Map.of("type", "TextualBody", "value", "Which officials?"),
                        java.util.Map.of("type", "TextualBody", "purpose", "tagging", "value", "sourcing")),
                "target", java.util.Map.of("source", url, "selector", java.util.List.of(
                        // the W3C model counts code points (the text has emoji before the quote)
                        java.util.Map.of("type", "TextPositionSelector", "start", points.toCodePoints(at),
                                "end", points.toCodePoints(at + quote.length()))))));

        var result = imports.importAnnotations(file("other-tool.jsonld", annotation), true, Progress.NONE);

        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.unattributed()).isEqualTo(1);
        assertThat(result.summary()).contains("1 as UNATTRIBUTED");
        assertThat(annotations.forArticle(corpus.nytArticle)).anySatisfy(a -> {
            assertThat(a.getQuote()).isEqualTo(quote);
            assertThat(a.getAttribution().getTypeCode()).isEqualTo("UNATTRIBUTED");
            assertThat(a.getAttribution().getNote()).isEqualTo("Which officials?\n\nTags: sourcing");
        });
    }

    @Test
    void aReviewedClaimWithAVerdictGetsAClaimReviewRating() throws Exception {
        int at = nytText.indexOf("American and allied officials said");
        var csv = "article_content_hash,start,end,quote,attribution_type,claim_id,claim_short_text,review_status,verdict\n"
                + nytHash + "," + at + "," + (at + 34) + ",American and allied officials said,ANONYMOUS_VAGUE,c1,Allies said it,REVIEWED,False\n";
        imports.importAnnotations(file("reviewed.csv", csv), true, Progress.NONE);

        var json = JsonMapper.shared().readTree(ExchangeFixtures.write(export, ExportFile.CLAIMREVIEW_JSONLD,
                corpus.filter().withLinkStatus(null), ExportOptions.DEFAULT));

        var reviewed = java.util.stream.StreamSupport.stream(json.path("@graph").spliterator(), false)
                .filter(r -> r.path("claimReviewed").asString().equals("Allies said it")).findFirst().orElseThrow();
        assertThat(reviewed.path("reviewRating").path("alternateName").asString()).isEqualTo("False");
        assertThat(reviewed.path("reviewRating").path("ratingValue").asInt()).isEqualTo(1);
        assertThat(reviewed.path("datePublished").asString()).isNotBlank();
    }

    /** LibreOffice turns a cell FALSE into a boolean: the verdict goes out by its display name, its code at the end. */
    @Test
    void aVerdictIsExportedByItsDisplayNameWithItsCodeInALastColumnAndBothReadBack() throws Exception {
        int at = nytText.indexOf("American and allied officials said");
        var csv = "article_content_hash,start,end,quote,attribution_type,claim_id,claim_short_text,review_status,verdict\n"
                + nytHash + "," + at + "," + (at + 34) + ",American and allied officials said,ANONYMOUS_VAGUE,c1,Allies said it,REVIEWED,FALSE\n";
        imports.importAnnotations(file("reviewed.csv", csv), true, Progress.NONE);
        var filter = corpus.filter().withLinkStatus(null);

        var exported = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_CSV, filter, ExportOptions.DEFAULT);

        var row = ExportServiceTest.parse(exported).stream().filter(r -> r.get("claim_short_text").equals("Allies said it"))
                .findFirst().orElseThrow();
        assertThat(row.get("verdict")).isEqualTo("False");
        assertThat(row.get("verdict_code")).isEqualTo("FALSE");
        var claim = ExportServiceTest.parse(ExchangeFixtures.write(export, ExportFile.CLAIMS_CSV, filter, ExportOptions.DEFAULT)).stream()
                .filter(r -> r.get("claim_reviewed").equals("Allies said it")).findFirst().orElseThrow();
        assertThat(claim.get("rating_label")).isEqualTo("False");
        assertThat(claim.get("verdict_code")).isEqualTo("FALSE");

        // the display name alone reads back (a file edited by hand), and the code column wins over it
        var header = "article_content_hash,start,end,quote,attribution_type,claim_id,claim_short_text,review_status,verdict";
        int urge = nytText.indexOf("We urge");
        imports.importAnnotations(file("label.csv", header + "\n" + nytHash + "," + urge + "," + (urge + 7)
                + ",We urge,NAMED_PERSON,c2,Urged to cease,REVIEWED,Mostly accurate\n"), true, Progress.NONE);
        int kim = nytText.indexOf("Kim Jong-un");
        imports.importAnnotations(file("both.csv", header + ",verdict_code\n" + nytHash + "," + kim + "," + (kim + 11)
                + ",Kim Jong-un,NAMED_PERSON,c3,Kim named,REVIEWED,Accurate,MISLEADING\n"), true, Progress.NONE);
        var codes = ExportServiceTest.parse(ExchangeFixtures.write(export, ExportFile.CLAIMS_CSV, filter, ExportOptions.DEFAULT)).stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.get("claim_reviewed"), r -> r.get("verdict_code")));
        assertThat(codes).containsEntry("Urged to cease", "MOSTLY_ACCURATE").containsEntry("Kim named", "MISLEADING");
    }

    @Test
    @WithMockUser(username = "vi", roles = "VIEWER")
    void aViewerMayNotImport() throws Exception {
        var csv = file("a.csv", "article_content_hash,start,end,quote,attribution_type\n");
        assertThatThrownBy(() -> imports.importAnnotations(csv, true, Progress.NONE)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
