package org.claimtrace.exchange;

/**
 * Stable web addresses for our records, under the public base URL the install is reached at
 * ({@code claimtrace.public-url}): JSON-LD ids, ClaimReview urls, and where an article without its own URL
 * points.
 */
public record ClaimLinks(String baseUrl) {

    public ClaimLinks {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String claimPage(long claimId) {
        return baseUrl + "/claims/" + claimId;
    }

    public String annotation(long annotationId) {
        return baseUrl + "/api/annotations/" + annotationId;
    }

    public String article(long articleId) {
        return baseUrl + "/api/articles/" + articleId;
    }

    public String collection() {
        return baseUrl + "/api/export/annotations.jsonld";
    }
}
