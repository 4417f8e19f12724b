package org.claimtrace.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import org.claimtrace.article.ArticleFixtures;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Real calls of every operation in the served OpenAPI document, each request and response checked against that
 * document by a validator nobody on the project wrote (Atlassian's openapi-request-validator): status documented,
 * content type documented, body matching its schema. The test lists the document's operations and fails for any
 * without a validated call, so a new endpoint needs one more line in {@link #calls}.
 */
class OpenApiContractTest extends ApiTest {

    /**
     * One request, who sends it and the status it must get. A {@code broken} request breaks the document's rules on
     * purpose (to get a 400): only its response is validated.
     */
    record Call(String method, String path, Object body, String contentType, Credentials as, int status, boolean broken) {

        Call brokenRequest() {
            return new Call(method, path, body, contentType, as, status, true);
        }

        @Override
        public String toString() {
            return method + " " + path + " as " + (as.user() == null ? "nobody" : as.user()) + " -> " + status;
        }
    }

    static Call call(String method, String path, Credentials as, int status) {
        return new Call(method, path, null, "application/json", as, status, false);
    }

    static Call call(String method, String path, Object body, Credentials as, int status) {
        return new Call(method, path, body, "application/json", as, status, false);
    }

    static Call call(String method, String path, String body, String contentType, Credentials as, int status) {
        return new Call(method, path, body, contentType, as, status, false);
    }

    /** Every operation, its refusals (401, 403, 404, 409, 422, 400) where it has them. Add a line for a new endpoint. */
    private List<Call> calls() {
        var article = annotatedArticle("Contract Times", "The ministry said the dam had been inspected.");
        var other = annotatedArticle("Contract Post", "Officials said the dam had been inspected overnight.");
        var spare = annotatedArticle("Contract Herald", "Engineers said the dam had been inspected twice.");
        var gone = annotatedArticle("Contract Ledger", "The agency said the dam would hold.");
        long claim = claimOf(article);
        long articleId = article.getArticleId();
        var stored = SystemTask.call(() -> articles.find(articleId).orElseThrow());
        long outlet = stored.getOutlet().getId();
        long otherOutlet = SystemTask.call(() -> articles.find(other.getArticleId()).orElseThrow().getOutlet().getId());
        var newText = ArticleFixtures.uniqueText("The council said the bridge reopened on Monday.");
        var attribution = Map.of("type", "NAMED_INSTITUTION", "cue", "said", "sourceAsWritten", "The council");
        var reviewed = annotatedArticle("Contract Review", "The port reopened on Monday, officials said.");
        long reviewClaim = claimOf(reviewed);
        var session = post("/api/review-sessions", Map.of("name", "Contract check", "participants", List.of(REVIEWER.user(), "admin"),
                "claimIds", List.of(reviewClaim)), REVIEWER);
        assertThat(session.status()).as(session.text()).isEqualTo(201);
        var sessionPath = "/api/review-sessions/" + session.json().get("id").asLong();
        var item = sessionPath + "/items/" + reviewClaim;
        long itemVersion = get(sessionPath + "/items", REVIEWER).json().get("items").get(0).get("version").asLong();
        var verdict = Map.of("status", "REVIEWED", "verdict", "FALSE", "rationale", "The port authority says it is closed",
                "evidence", List.of(Map.of("url", "https://example.org/notice", "note", "notice")), "version", itemVersion);
        var csv = "article_content_hash,start,end,quote,attribution_type\n" + stored.getContentHash() + ",0,12,The ministry,NAMED_INSTITUTION\n";
        return List.of(
                call("GET", "/api/articles", NONE, 401),
                call("GET", "/api/articles?size=5&q=dam", VIEWER, 200),
                call("GET", "/api/articles/" + articleId, VIEWER, 200),
                call("GET", "/api/articles/999999999", VIEWER, 404),
                call("POST", "/api/articles", Map.of("outlet", Map.of("name", "Contract Daily", "kind", "NEWSPAPER"), "headline",
                        "Bridge reopened", "published", "2023-09-05T12:00:00+01:00", "url", "https://example.org/" + UUID.randomUUID(),
                        "text", newText), EDITOR, 201),
                call("POST", "/api/articles", Map.of("outlet", Map.of("name", "Contract Daily"), "headline", "Again", "text", newText), EDITOR, 409),
                call("POST", "/api/articles", Map.of("outlet", Map.of("name", "Contract Daily"), "text", "No headline"), EDITOR, 422),
                call("POST", "/api/articles", Map.of("headline", "x", "text", "y"), VIEWER, 403),
                call("GET", "/api/articles/" + articleId + "/suggestions", VIEWER, 200),
                call("GET", "/api/articles/" + articleId + "/annotations", VIEWER, 200),
                call("POST", "/api/articles/" + other.getArticleId() + "/annotations", Map.of("start", 0, "end", 9, "quote", "Officials",
                        "attribution", attribution), EDITOR, 201),
                call("POST", "/api/articles/" + articleId + "/annotations", Map.of("start", 0, "end", 3, "quote", "Not",
                        "attribution", attribution), EDITOR, 422),
                call("GET", "/api/annotations/" + article.getId(), VIEWER, 200),
                call("GET", "/api/annotations/999999999", VIEWER, 404),
                call("PUT", "/api/annotations/" + spare.getId(), Map.of("version", 0, "attribution", attribution), EDITOR, 200),
                call("PUT", "/api/annotations/" + spare.getId(), Map.of("version", 0, "attribution", attribution), EDITOR, 409),
                call("DELETE", "/api/annotations/" + gone.getId() + "?version=0", EDITOR, 204),
                call("GET", "/api/annotations/" + article.getId() + "/matches?limit=5", VIEWER, 200),
                call("GET", "/api/annotations/" + article.getId() + "/matches?limit=0", VIEWER, 400).brokenRequest(),
                call("GET", "/api/claims?size=5", VIEWER, 200),
                call("GET", "/api/claims/" + claim, VIEWER, 200),
                call("GET", "/api/claims/999999999", VIEWER, 404),
                call("POST", "/api/claims", Map.of("shortText", "Officials say the dam was inspected", "annotationIds",
                        List.of(other.getId())), EDITOR, 201),
                call("POST", "/api/claims", Map.of("shortText", "Already linked", "annotationIds", List.of(article.getId())), EDITOR, 409),
                call("POST", "/api/claims", Map.of("annotationIds", List.of()), EDITOR, 400).brokenRequest(),
                call("POST", "/api/claims/" + claim + "/appearances", Map.of("annotationId", spare.getId()), EDITOR, 200),
                call("POST", "/api/claims/" + claim + "/appearances", Map.of("annotationId", other.getId()), EDITOR, 409),
                call("DELETE", "/api/claims/" + claim + "/appearances/" + spare.getId(), EDITOR, 204),
                call("GET", "/api/export/annotations.csv?articleId=" + articleId, VIEWER, 200),
                call("GET", "/api/export/claims.csv?claimId=" + claim, VIEWER, 200),
                call("GET", "/api/export/annotations.jsonld?articleId=" + articleId, VIEWER, 200),
                call("GET", "/api/export/claimreview.jsonld?claimId=" + claim, VIEWER, 200),
                call("GET", "/api/export/annotations.xlsx", VIEWER, 404),
                call("POST", "/api/import/annotations?formulas=raw", csv, "text/csv", EDITOR, 200),
                call("POST", "/api/import/annotations", "article_content_hash,start,end,quote,attribution_type\nffff,0,3,The,NAMED_INSTITUTION\n",
                        "text/csv", EDITOR, 422),
                call("POST", "/api/import/annotations", csv, "text/csv", VIEWER, 403),
                call("GET", "/api/review-sessions", VIEWER, 200),
                call("POST", "/api/review-sessions", Map.of("name", "Another check", "doubleReview", true, "participants",
                        List.of(REVIEWER.user(), "admin"), "claimIds", List.of(reviewClaim)), REVIEWER, 201),
                call("POST", "/api/review-sessions", Map.of("name", "No claims", "claimIds", List.of()), REVIEWER, 422),
                call("POST", "/api/review-sessions", Map.of("name", "Not mine", "claimIds", List.of(reviewClaim)), EDITOR, 403),
                call("GET", sessionPath, VIEWER, 200),
                call("GET", "/api/review-sessions/999999999", VIEWER, 404),
                call("GET", sessionPath + "/items", REVIEWER, 200),
                call("PUT", item, Map.of("verdict", "FALSE", "version", itemVersion), REVIEWER, 422),
                call("PUT", item, verdict, REVIEWER, 200),
                call("PUT", item, verdict, REVIEWER, 409),
                call("POST", item + "/comments", Map.of("body", "@admin please confirm"), REVIEWER, 201),
                call("POST", sessionPath + "/close", REVIEWER, 200),
                call("POST", sessionPath + "/close", REVIEWER, 409),
                call("GET", "/api/claims/" + reviewClaim + "/history", VIEWER, 200),
                call("GET", "/api/claims/999999999/history", VIEWER, 404),
                call("GET", "/api/annotations/" + reviewed.getId() + "/history", VIEWER, 200),
                call("GET", "/api/annotations/999999999/history", VIEWER, 404),
                call("GET", "/api/claims/" + reviewClaim + "/report", VIEWER, 200),
                call("GET", "/api/claims/999999999/report", VIEWER, 404),
                call("GET", "/api/articles/" + articleId + "/report", VIEWER, 200),
                call("GET", "/api/articles/999999999/report", VIEWER, 404),
                call("GET", "/api/outlets/" + outlet + "/report?from=2023-01-01&to=2023-12-31", VIEWER, 200),
                call("GET", "/api/outlets/" + outlet + "/report?from=2023-12-31&to=2023-01-01", VIEWER, 422),
                call("GET", "/api/outlets/999999999/report", VIEWER, 404),
                // the validator does not take a repeated query parameter as the array an OpenAPI 3.1 document declares
                // ("Multiple values found for parameter 'ids' but it is not an array"): only the answers are checked
                call("GET", "/api/outlets/compare?ids=" + outlet + "&ids=" + otherOutlet + "&from=2023-01-01&to=2023-12-31", VIEWER, 200).brokenRequest(),
                call("GET", "/api/outlets/compare?ids=" + outlet + "&ids=" + outlet, VIEWER, 422).brokenRequest());
    }

    @Test
    void everyOperationOfTheServedDocumentAnswersAsTheDocumentSays() throws Exception {
        var docs = get("/api/docs", NONE);
        assertThat(docs.status()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), docs.text());
        var validator = OpenApiInteractionValidator.createForInlineApiSpecification(docs.text()).build();
        var operations = operations(docs);

        var problems = new ArrayList<String>();
        var covered = new TreeSet<String>();
        for (var call : calls()) {
            var response = send(call.method(), call.path(), call.body(), call.contentType(), call.as());
            if (response.status() != call.status()) {
                problems.add(call + ": got " + response.status() + " " + response.text());
            }
            var validated = validate(validator, call, response);
            validated.getMessages().forEach(m -> problems.add(call + ": " + m.getKey() + " " + m.getMessage()));
            operationOf(call, operations).ifPresentOrElse(covered::add, () -> problems.add(call + ": not in the document"));
        }

        assertThat(problems).isEmpty();
        assertThat(covered).as("operations of the served document without a validated call").containsAll(operations.keySet());
    }

    private com.atlassian.oai.validator.report.ValidationReport validate(OpenApiInteractionValidator validator, Call call, Response response) {
        var uri = URI.create(call.path());
        var responseBuilder = SimpleResponse.Builder.status(response.status()).withBody(response.text());
        response.headers().map().forEach((name, values) -> responseBuilder.withHeader(name, values));
        var built = responseBuilder.build();
        var method = Request.Method.valueOf(call.method());
        if (call.broken()) {
            return validator.validateResponse(uri.getPath(), method, built);
        }
        var request = new SimpleRequest.Builder(method, uri.getPath());
        if (uri.getQuery() != null) {
            for (var pair : uri.getQuery().split("&")) {
                var parts = pair.split("=", 2);
                request.withQueryParam(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        if (call.as().user() != null) {
            request.withAuthorization("Basic credentials");
        }
        if (call.body() != null) {
            request.withContentType(call.contentType()).withBody(call.body() instanceof String s ? s : json.writeValueAsString(call.body()));
        }
        request.withAccept("application/json");
        return validator.validate(request.build(), built);
    }

    /** "GET /api/articles/{id}" → a pattern matching its paths. */
    private static Map<String, Pattern> operations(Response docs) {
        var operations = new LinkedHashMap<String, Pattern>();
        for (var path : docs.json().get("paths").propertyNames()) {
            var pattern = Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
            for (var method : docs.json().get("paths").get(path).propertyNames()) {
                operations.put(method.toUpperCase() + " " + path, pattern);
            }
        }
        return operations;
    }

    private static java.util.Optional<String> operationOf(Call call, Map<String, Pattern> operations) {
        var path = URI.create(call.path()).getPath();
        return operations.entrySet().stream()
                .filter(o -> o.getKey().startsWith(call.method() + " ") && o.getValue().matcher(path).matches())
                .map(Map.Entry::getKey).findFirst();
    }
}
