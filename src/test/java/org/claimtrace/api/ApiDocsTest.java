package org.claimtrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and Swagger UI beside it, without login; the validator the contract test relies on bites. */
class ApiDocsTest extends ApiTest {

    @Test
    void swaggerUiIsServedBesideTheDocumentWithoutLogin() {
        var entry = get("/api/docs/ui", NONE);
        assertThat(entry.status()).isEqualTo(302);
        var page = get(entry.header("Location").replaceFirst("^https?://[^/]+", ""), NONE);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("swagger-ui");

        var config = get("/api/docs/swagger-config", NONE);
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().get("url").asString()).isEqualTo("/api/docs");
    }

    @Test
    void theDocumentTypesEveryAnswerConcretely() {
        var docs = get("/api/docs", NONE);
        assertThat(docs.text()).doesNotContain("*/*");
        var export = docs.json().get("paths").get("/api/export/{file}").get("get").get("responses").get("200").get("content");
        assertThat(export.propertyNames()).containsExactlyInAnyOrder("text/csv", "application/ld+json");
        assertThat(docs.json().get("components").get("schemas").get("ApiError").get("properties").propertyNames())
                .containsExactlyInAnyOrder("status", "error", "message", "details");
    }

    /** Without this the contract test could pass by validating nothing. */
    @Test
    void theValidatorRefusesAnAnswerTheDocumentDoesNotDescribe() {
        var annotation = annotatedArticle("Docs Gazette", "The ministry said the road reopened.");
        var docs = get("/api/docs", NONE).text();
        var validator = OpenApiInteractionValidator.createForInlineApiSpecification(docs).build();
        var real = get("/api/articles/" + annotation.getArticleId(), VIEWER);

        var asServed = validator.validateResponse("/api/articles/" + annotation.getArticleId(), Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withBody(real.text()).build());
        var headlineNull = validator.validateResponse("/api/articles/" + annotation.getArticleId(), Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json")
                        .withBody(real.text().replaceFirst("\"headline\":\"[^\"]*\"", "\"headline\":null")).build());
        var asText = validator.validateResponse("/api/articles/" + annotation.getArticleId(), Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("text/plain").withBody(real.text()).build());
        var undocumented = validator.validateResponse("/api/articles/" + annotation.getArticleId(), Request.Method.GET,
                SimpleResponse.Builder.status(418).withContentType("application/json").withBody("{}").build());

        assertThat(asServed.getMessages()).isEmpty();
        assertThat(headlineNull.getMessages()).anySatisfy(m -> assertThat(m.getKey()).isEqualTo("validation.response.body.schema.type"));
        assertThat(asText.getMessages()).anySatisfy(m -> assertThat(m.getKey()).isEqualTo("validation.response.contentType.notAllowed"));
        assertThat(undocumented.getMessages()).anySatisfy(m -> assertThat(m.getKey()).isEqualTo("validation.response.status.unknown"));
    }
}
