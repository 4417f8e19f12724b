package org.claimtrace.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonObject;
import org.claimtrace.OnStandards;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Our JSON-LD exports against validators nobody on the project wrote, with the standards material from the
 * standards folder: a JSON-LD 1.1 processor (Titanium, offline), the W3C Web Annotation MUST schemas, and the
 * schema.org vocabulary.
 */
@OnStandards
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "ed", roles = "EDITOR")
class StandardsConformanceTest {

    private static final String CT = "https://claimtrace.org/ns#";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ExportService export;
    @Autowired
    ImportService imports;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @Autowired
    ClaimService claims;
    @TempDir
    Path folder;

    private ExchangeFixtures corpus;
    private ExportFilter everything;

    /** The fixture corpus (every attribution field, a linked claim without a verdict) plus a claim with a verdict. */
    @BeforeEach
    void corpus() throws Exception {
        corpus = SystemTask.call(() -> new ExchangeFixtures(articles, annotations, claims));
        var nyt = articles.find(corpus.nytArticle).orElseThrow();
        int at = nyt.getText().indexOf("American and allied officials said");
        var csv = "article_content_hash,start,end,quote,attribution_type,note,claim_id,claim_short_text,review_status,verdict\n"
                + nyt.getContentHash() + "," + at + "," + (at + 34) + ",American and allied officials said,ANONYMOUS_VAGUE,"
                + "checked,c1,Allies said Kim would travel,REVIEWED,MOSTLY_ACCURATE\n";
        imports.importAnnotations(Files.writeString(folder.resolve("reviewed.csv"), csv, StandardCharsets.UTF_8), true, Progress.NONE);
        everything = corpus.filter().withLinkStatus(null);
    }

    @Test
    void aJsonLdProcessorExpandsAnnotationsKeepingEveryTermAndValue() throws Exception {
        var jsonld = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_JSONLD, everything, ExportOptions.DEFAULT);

        var expansion = OfflineJsonLd.expand(jsonld);

        assertThat(expansion.expandedValues()).as("every value of the file is in the expanded form").isEqualTo(expansion.inputValues());
        assertThat(expansion.relativeIris()).as("no relative IRI, e.g. an attribution type taken for a class").isEmpty();
        assertThat(expansion.properties()).contains(CT + "article", CT + "attribution", CT + "claim", CT + "anchorState",
                CT + "contentHash", CT + "outlet", CT + "headline", CT + "published", CT + "attributionType", CT + "cue",
                CT + "sourceAsWritten", CT + "sourceName", CT + "affiliation", CT + "role", CT + "onRecord", CT + "sourceCount",
                CT + "anonymityReason", CT + "basisOfKnowledge", CT + "relayedVia", CT + "stance", CT + "note", CT + "shortText",
                CT + "linkStatus", CT + "linkedBy", CT + "linkedAt", CT + "reviewStatus", CT + "verdict", CT + "updatedBy",
                "http://purl.org/dc/terms/creator", "http://xmlns.com/foaf/0.1/name", "http://www.w3.org/ns/activitystreams#partOf");
        assertThat(expansion.expanded().toString()).contains("\"" + CT + "attributionType\":[{\"@value\":\"ANONYMOUS_DESCRIBED\"}]");
    }

    @Test
    void theCollectionItsPageAndEveryAnnotationPassTheAnnotationModelMustSchemas() throws Exception {
        var jsonld = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_JSONLD, everything, ExportOptions.DEFAULT);
        var withoutText = ExchangeFixtures.write(export, ExportFile.ANNOTATIONS_JSONLD, everything, new ExportOptions(false, false, false, true));
        var schemas = new AnnotationModelSchemas();
        assertThat(schemas.assertionCount(AnnotationModelSchemas.ANNOTATION)).isGreaterThan(40);

        var failures = new ArrayList<String>();
        for (var file : List.of(jsonld, withoutText)) {
            var collection = (ObjectNode) JSON.readTree(file);
            failures.addAll(schemas.failures(AnnotationModelSchemas.COLLECTION, collection));
            // the page and each annotation as they would be served on their own, with the collection's @context
            var page = ((ObjectNode) collection.get("first")).deepCopy();
            page.set("@context", collection.get("@context"));
            failures.addAll(schemas.failures(AnnotationModelSchemas.PAGE, page));
            int items = 0;
            for (var item : collection.path("first").path("items")) {
                var annotation = ((ObjectNode) item).deepCopy();
                annotation.set("@context", collection.get("@context"));
                failures.addAll(schemas.failures(AnnotationModelSchemas.ANNOTATION, annotation).stream()
                        .map(f -> annotation.path("id").asText() + " " + f).toList());
                assertThat(annotation.path("creator").path("name").asText()).isNotBlank();
                items++;
            }
            assertThat(items).isEqualTo(4);
            assertThat(page.path("partOf").path("id").asText()).isEqualTo(collection.path("id").asText());
        }
        assertThat(failures).isEmpty();
    }

    /** The schemas do fail a broken annotation: the check above is not vacuous. */
    @Test
    void theMustSchemasRefuseAnAnnotationWithoutTargetOrContext() {
        var schemas = new AnnotationModelSchemas();
        var failures = schemas.failures(AnnotationModelSchemas.ANNOTATION, "{\"id\": \"http://example.org/a1\", \"type\": \"Annotation\"}");
        assertThat(failures).anyMatch(f -> f.startsWith("annotations/3.1-annotationContextValidated.json"))
                .anyMatch(f -> f.startsWith("annotations/3.1-targetKeyFound.json"));
    }

    @Test
    void aClaimWithAVerdictIsAClaimReviewWithWhatGoogleRequiresAndAnUnreviewedOneAPlainClaim() throws Exception {
        var json = JSON.readTree(ExchangeFixtures.write(export, ExportFile.CLAIMREVIEW_JSONLD, everything, ExportOptions.DEFAULT));
        var nodes = StreamSupport.stream(json.path("@graph").spliterator(), false).toList();

        assertThat(nodes).extracting(n -> n.path("@type").asText()).containsExactlyInAnyOrder("ClaimReview", "Claim");
        var review = nodes.stream().filter(n -> n.path("@type").asText().equals("ClaimReview")).findFirst().orElseThrow();
        for (var required : List.of("claimReviewed", "reviewRating", "url", "datePublished", "author", "itemReviewed")) {
            assertThat(review.has(required)).as(required).isTrue();
        }
        var rating = review.path("reviewRating");
        assertThat(rating.path("@type").asText()).isEqualTo("Rating");
        assertThat(rating.path("name").asText()).isEqualTo("Mostly accurate");
        assertThat(rating.path("alternateName").asText()).isEqualTo("Mostly accurate");
        assertThat(rating.path("ratingValue").asInt()).isEqualTo(4);
        assertThat(rating.path("bestRating").asInt()).isEqualTo(5);
        assertThat(rating.path("worstRating").asInt()).isEqualTo(1);
        assertThat(review.path("itemReviewed").path("@type").asText()).isEqualTo("Claim");
        assertThat(review.path("itemReviewed").path("appearance").path(0).path("url").asText()).startsWith("https://example.org/nyt");

        var unreviewed = nodes.stream().filter(n -> n.path("@type").asText().equals("Claim")).findFirst().orElseThrow();
        assertThat(unreviewed.has("reviewRating")).isFalse();
        assertThat(unreviewed.path("name").asText()).isEqualTo("Kim plans to travel to Russia this month");
        var appearances = StreamSupport.stream(unreviewed.path("appearance").spliterator(), false).toList();
        assertThat(appearances).hasSize(2);
        assertThat(appearances).filteredOn(a -> a.path("headline").asText().equals("Kim's trip"))
                .singleElement().satisfies(a -> assertThat(a.has("url")).as("an article without a URL has none").isFalse());
    }

    @Test
    void claimReviewJsonLdUsesOnlySchemaOrgTypesAndPropertiesWhereTheVocabularyAllowsThem() throws Exception {
        SystemTask.run(() -> {
            var claim = claims.find(corpus.claimId).orElseThrow();
            claims.describe(claim.getId(), claim.getVersion(), claim.getShortText(), "Kim Jong-un plans to travel to Russia this month.",
                    "American and allied officials");
        });
        var jsonld = ExchangeFixtures.write(export, ExportFile.CLAIMREVIEW_JSONLD, everything, ExportOptions.DEFAULT);

        var expansion = OfflineJsonLd.expand(jsonld);
        var vocabulary = new SchemaOrgVocabulary();

        assertThat(expansion.expandedValues()).isEqualTo(expansion.inputValues());
        assertThat(expansion.relativeIris()).isEmpty();
        assertThat(vocabulary.problems(expansion.expanded())).isEmpty();
        var types = new ArrayList<String>();
        expansion.expanded().forEach(n -> types.add(((JsonObject) n).getJsonArray("@type").getString(0)));
        assertThat(types).containsExactlyInAnyOrder(SchemaOrgVocabulary.SCHEMA + "ClaimReview", SchemaOrgVocabulary.SCHEMA + "Claim");
        assertThat(jsonld).as("the claimant, named in the article as anonymous officials' description, is an organisation")
                .contains("\"author\":{\"@type\":\"Organization\",\"name\":\"American and allied officials\"}");
    }

    /** The vocabulary check finds what schema.org does not allow: it is not vacuous. */
    @Test
    void theVocabularyRefusesAThingAsAClaimantAndAnUnknownProperty() throws Exception {
        var wrong = "{\"@context\": \"https://schema.org\", \"@type\": \"Claim\", \"author\": {\"@type\": \"Thing\", \"name\": \"x\"},"
                + " \"claimReviewed\": \"on a Claim\", \"verdictOfTheDay\": \"x\"}";

        var problems = new SchemaOrgVocabulary().problems(OfflineJsonLd.expand(wrong).expanded());

        assertThat(problems).anyMatch(p -> p.contains("/author: a [Thing]"))
                .anyMatch(p -> p.contains("/claimReviewed: not a property of [Claim]"))
                .anyMatch(p -> p.contains("verdictOfTheDay: not a schema.org property"));
    }
}
