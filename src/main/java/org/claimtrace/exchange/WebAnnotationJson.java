package org.claimtrace.exchange;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Writes annotations as a W3C Web Annotation {@code AnnotationCollection} whose first (and only)
 * {@code AnnotationPage} holds them all, streamed. Each annotation targets its article with a
 * {@code TextQuoteSelector} and a {@code TextPositionSelector} in code points (what Hypothesis and other
 * tools that speak the model read); the attribution type is a {@code classifying} body and a
 * {@code tagging} body (Hypothesis shows tags); the rest of the attribution, the article and the claim go
 * in {@code ct:} properties so our own import restores everything.
 */
final class WebAnnotationJson {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String OUR_NAMESPACE = "https://claimtrace.org/ns#";
    private static final String LABEL = "Claimtrace claim annotations";

    private WebAnnotationJson() {
    }

    static long write(Consumer<Consumer<AnnotationRow>> source, long total, ExportOptions options, ClaimLinks links,
                      LongFunction<CodePoints> codePoints, OutputStream out, Progress progress) {
        long[] rows = {0};
        try (JsonGenerator g = JsonMapper.shared().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayPropertyStart("@context");
            g.writeString(CONTEXT);
            ourContext(g);
            g.writeEndArray();
            g.writeStringProperty("id", links.collection());
            g.writeStringProperty("type", "AnnotationCollection");
            g.writeStringProperty("label", LABEL);
            g.writeNumberProperty("total", total);
            g.writeObjectPropertyStart("first");
            g.writeStringProperty("id", links.collection() + "#page-1");
            g.writeStringProperty("type", "AnnotationPage");
            // the collection described in the page, as the model's example does, so a page read alone says whose it is
            g.writeObjectPropertyStart("partOf");
            g.writeStringProperty("id", links.collection());
            g.writeStringProperty("label", LABEL);
            g.writeNumberProperty("total", total);
            g.writeEndObject();
            g.writeNumberProperty("startIndex", 0);
            g.writeArrayPropertyStart("items");
            source.accept(row -> {
                annotation(g, row, options, links, codePoints.apply(row.articleId()));
                progress.row(++rows[0]);
            });
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        return rows[0];
    }

    /**
     * Our terms, after the W3C context: every property it has no term for is in our namespace ({@code @vocab}), so a
     * JSON-LD processor keeps all of them; inside {@code ct:attribution}, {@code type} is the attribution type's
     * code (a value), not an RDF class as the W3C context would make it. A property-scoped context is JSON-LD 1.1.
     */
    private static void ourContext(JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("@version", 1.1);
        g.writeStringProperty("ct", OUR_NAMESPACE);
        g.writeStringProperty("@vocab", OUR_NAMESPACE);
        g.writeObjectPropertyStart("ct:attribution");
        g.writeObjectPropertyStart("@context");
        g.writeStringProperty("type", "ct:attributionType");
        g.writeEndObject();
        g.writeEndObject();
        for (var dateTime : new String[]{"published", "linkedAt"}) {
            g.writeObjectPropertyStart(dateTime);
            g.writeStringProperty("@id", "ct:" + dateTime);
            g.writeStringProperty("@type", "xsd:dateTime");
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void annotation(JsonGenerator g, AnnotationRow row, ExportOptions options, ClaimLinks links, CodePoints points) {
        g.writeStartObject();
        g.writeStringProperty("id", links.annotation(row.annotationId()));
        g.writeStringProperty("type", "Annotation");
        g.writeStringProperty("motivation", "classifying");
        g.writeStringProperty("created", row.createdAt().toString());
        g.writeStringProperty("modified", row.updatedAt().toString());
        g.writeObjectPropertyStart("creator");
        g.writeStringProperty("type", "Person");
        g.writeStringProperty("name", row.createdBy());
        g.writeStringProperty("nickname", row.createdBy());
        g.writeEndObject();
        g.writeArrayPropertyStart("body");
        textualBody(g, "classifying", row.attributionType());
        textualBody(g, "tagging", row.attributionType());
        if (row.note() != null) {
            textualBody(g, "commenting", row.note());
        }
        g.writeEndArray();
        g.writeObjectPropertyStart("target");
        g.writeStringProperty("source", row.articleUrl() != null ? row.articleUrl() : links.article(row.articleId()));
        g.writeArrayPropertyStart("selector");
        if (options.includeText()) {
            g.writeStartObject();
            g.writeStringProperty("type", "TextQuoteSelector");
            g.writeStringProperty("exact", row.quote());
            g.writeStringProperty("prefix", row.prefix());
            g.writeStringProperty("suffix", row.suffix());
            g.writeEndObject();
        }
        g.writeStartObject();
        g.writeStringProperty("type", "TextPositionSelector");
        g.writeNumberProperty("start", points.toCodePoints(row.start()));
        g.writeNumberProperty("end", points.toCodePoints(row.end()));
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        ours(g, row, options, links);
        g.writeEndObject();
    }

    private static void textualBody(JsonGenerator g, String purpose, String value) {
        g.writeStartObject();
        g.writeStringProperty("type", "TextualBody");
        g.writeStringProperty("purpose", purpose);
        g.writeStringProperty("value", value);
        g.writeEndObject();
    }

    /** Everything the W3C model has no term for, under our namespace. */
    private static void ours(JsonGenerator g, AnnotationRow row, ExportOptions options, ClaimLinks links) {
        g.writeObjectPropertyStart("ct:article");
        g.writeStringProperty("contentHash", row.articleContentHash());
        g.writeStringProperty("outlet", row.outlet());
        g.writeStringProperty("headline", row.headline());
        optional(g, "published", row.published() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.published()));
        g.writeEndObject();
        g.writeStringProperty("ct:anchorState", row.anchorState());
        if (options.includeText()) {
            optional(g, "ct:previousQuote", row.previousQuote());
        }
        g.writeObjectPropertyStart("ct:attribution");
        g.writeStringProperty("type", row.attributionType());
        optional(g, "cue", row.cue());
        optional(g, "sourceAsWritten", row.sourceAsWritten());
        optional(g, "sourceName", row.sourceName());
        optional(g, "affiliation", row.affiliation());
        optional(g, "role", row.role());
        optional(g, "onRecord", row.onRecord());
        optional(g, "sourceCount", row.sourceCount());
        optional(g, "anonymityReason", row.anonymityReason());
        optional(g, "basisOfKnowledge", row.basisOfKnowledge());
        optional(g, "relayedVia", row.relayedVia());
        optional(g, "stance", row.stance());
        optional(g, "note", row.note());
        g.writeEndObject();
        if (row.claimId() != null) {
            g.writeObjectPropertyStart("ct:claim");
            // "id" is JSON-LD's @id in the W3C context: the claim's IRI, whose last segment is its number
            g.writeStringProperty("id", links.claimPage(row.claimId()));
            g.writeStringProperty("shortText", row.claimShortText());
            g.writeStringProperty("linkStatus", "CONFIRMED");
            optional(g, "linkedBy", row.linkedBy());
            optional(g, "linkedAt", row.linkedAt() == null ? null : row.linkedAt().toString());
            optional(g, "reviewStatus", row.reviewStatus());
            optional(g, "verdict", row.verdict());
            g.writeEndObject();
        }
        g.writeStringProperty("ct:updatedBy", row.updatedBy());
    }

    private static void optional(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }
}
