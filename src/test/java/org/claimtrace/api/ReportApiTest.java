package org.claimtrace.api;

import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The reports as JSON: flags as stable codes, the documented shape, and refusals in the API's error shape. */
class ReportApiTest extends ApiTest {

    @Test
    void aClaimReportNamesItsFlagsByStableCodes() {
        var only = annotatedArticle("Report Api Daily " + UUID.randomUUID(), "The ferry will stop running in winter.");
        long claim = claimOf(only);

        var response = get("/api/claims/" + claim + "/report", VIEWER);

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("claimId").asLong()).isEqualTo(claim);
        var codes = new ArrayList<String>();
        json.get("flags").forEach(f -> codes.add(f.get("code").asString()));
        assertThat(codes).containsExactly("SINGLE_ORIGIN");
        assertThat(json.get("independence").get("summary").asString()).isEqualTo("1 outlet, 1 independent origin");
        assertThat(json.get("appearances").get(0).get("onRecord").asString()).isEqualTo("ON_RECORD");
        assertThat(json.get("appearances").get(0).get("published").asString()).isEqualTo("2023-09-01T09:00:00Z");
        assertThat(json.get("review").get("summary").asString()).isEqualTo("Review: not reviewed yet");
        assertThat(json.get("firstAppearance").get("outlet").get("name").asString()).startsWith("Report Api Daily");
    }

    @Test
    void anArticleReportGivesTheMixWithTheTagsetsNamesAndColours() {
        var annotation = annotatedArticle("Report Api Post " + UUID.randomUUID(), "The bridge toll rises in March, the council said.");

        var json = get("/api/articles/" + annotation.getArticleId() + "/report", VIEWER).json();

        var mix = json.get("mix").get(0);
        assertThat(mix.get("code").asString()).isEqualTo("NAMED_INSTITUTION");
        assertThat(mix.get("name").asString()).isEqualTo("Named institution");
        assertThat(mix.get("colour").asString()).isEqualTo("#44AA99");
        assertThat(mix.get("count").asLong()).isEqualTo(1);
        assertThat(mix.get("share").asDouble()).isEqualTo(1.0);
        assertThat(json.get("transparency").get("score").isNumber()).isTrue();
    }

    @Test
    void outletReportsAndComparisonsTakeAPeriod() {
        var one = annotatedArticle("Report Api One " + UUID.randomUUID(), "The mine will close next year, the owner said.");
        var two = annotatedArticle("Report Api Two " + UUID.randomUUID(), "The mine closes next year, the company said.");
        long first = outletOf(one.getArticleId());
        long second = outletOf(two.getArticleId());

        var report = get("/api/outlets/" + first + "/report?from=2023-09-01&to=2023-09-30", VIEWER).json();
        assertThat(report.get("from").asString()).isEqualTo("2023-09-01");
        assertThat(report.get("articles").asLong()).isEqualTo(1);
        assertThat(report.get("trend").get(0).get("month").asString()).isEqualTo("2023-09");

        var comparison = get("/api/outlets/compare?ids=" + first + "," + second + "&from=2023-09-01&to=2023-09-30", VIEWER).json();
        assertThat(comparison.get("outlets").size()).isEqualTo(2);
        assertThat(comparison.get("outlets").get(1).get("outlet").get("id").asLong()).isEqualTo(second);
    }

    @Test
    void badRequestsAreRefusedInTheApisErrorShape() {
        var annotation = annotatedArticle("Report Api Refused " + UUID.randomUUID(), "The school reopens on Monday.");
        long outlet = outletOf(annotation.getArticleId());

        assertThat(get("/api/claims/" + Long.MAX_VALUE + "/report", VIEWER).status()).isEqualTo(404);
        var reversed = get("/api/outlets/" + outlet + "/report?from=2023-09-30&to=2023-09-01", VIEWER);
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.json().get("message").asString()).contains("after it ends");
        assertThat(get("/api/outlets/" + outlet + "/report?from=yesterday", VIEWER).status()).isEqualTo(400);
        var single = get("/api/outlets/compare?ids=" + outlet, VIEWER);
        assertThat(single.status()).isEqualTo(422);
        assertThat(single.json().get("message").asString()).isEqualTo("Compare 2 to 6 different outlets (1 given).");
    }

    @Test
    void theOpenApiDocumentListsTheFlagCodes() {
        var docs = get("/api/docs", NONE).json();

        assertThat(docs.get("paths").has("/api/articles/{id}/report")).isTrue();
        assertThat(docs.get("paths").has("/api/outlets/{id}/report")).isTrue();
        var flag = docs.get("components").get("schemas").get("ReportFlag").get("properties").get("code");
        var codes = new ArrayList<String>();
        flag.get("enum").forEach(c -> codes.add(c.asString()));
        assertThat(codes).containsExactly("SINGLE_ORIGIN", "NO_ON_RECORD_SOURCE", "ANONYMITY_CHANGED", "HEDGED_ONLY", "CIRCULAR");
    }

    private long outletOf(long articleId) {
        return SystemTask.call(() -> articles.find(articleId).orElseThrow().getOutlet().getId());
    }
}
