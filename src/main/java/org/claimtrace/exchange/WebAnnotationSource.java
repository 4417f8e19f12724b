package org.claimtrace.exchange;

import static org.claimtrace.exchange.AnnotationColumn.*;

import org.claimtrace.attribution.AttributionType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads W3C Web Annotation JSON-LD: ours (an AnnotationCollection or AnnotationPage), a bare array or a
 * single Annotation, and Hypothesis' own export ({@code rows}, {@code uri}, {@code tags}, {@code user}).
 * Annotations are read one at a time from the stream, each with the line it starts on.
 */
final class WebAnnotationSource {

    private static final long SINGLE_MAX_BYTES = 1024 * 1024;

    private WebAnnotationSource() {
    }

    /**
     * @param typeOfTag the attribution type a tag names (its code or its tagset name), for files from tools
     *                  that only have tags
     */
    static void read(Path file, Function<String, Optional<String>> typeOfTag, Consumer<SourceRow> rows) {
        var mapper = JsonMapper.shared();
        boolean single;
        try (var reader = ImportFiles.utf8(file); JsonParser parser = mapper.createParser(reader)) {
            var root = parser.nextToken();
            if (root == JsonToken.START_ARRAY) {
                items(parser, typeOfTag, rows);
                return;
            }
            if (root != JsonToken.START_OBJECT) {
                throw FileRejectedException.of("This is not Web Annotation JSON-LD: expected an object or an array.");
            }
            single = container(parser, typeOfTag, rows);
        } catch (JacksonException e) {
            if (ImportFiles.isEncodingError(e)) {
                throw FileRejectedException.of(ImportFiles.notUtf8(e.getLocation() == null ? 0 : e.getLocation().getLineNr()));
            }
            var where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw FileRejectedException.of("The JSON is broken" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            if (ImportFiles.isEncodingError(e)) {
                throw FileRejectedException.of(ImportFiles.notUtf8(0));
            }
            throw new UncheckedIOException(e);
        }
        if (single) {
            singleAnnotation(file, typeOfTag, rows);
        }
    }

    /** Walks an object down to its annotations; true when the object is itself one annotation. */
    private static boolean container(JsonParser parser, Function<String, Optional<String>> typeOfTag, Consumer<SourceRow> rows) {
        boolean found = false;
        boolean annotation = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            var name = parser.currentName();
            var value = parser.nextToken();
            if ((name.equals("items") || name.equals("rows")) && value == JsonToken.START_ARRAY) {
                items(parser, typeOfTag, rows);
                found = true;
            } else if (name.equals("first") && value == JsonToken.START_OBJECT) {
                container(parser, typeOfTag, rows);
                found = true;
            } else {
                annotation |= name.equals("target");
                parser.skipChildren();
            }
        }
        if (!found && !annotation) {
            throw FileRejectedException.of("No annotations found: expected an AnnotationCollection, an AnnotationPage "
                    + "with \"items\", a Hypothesis export with \"rows\", or one Annotation.");
        }
        return !found;
    }

    private static void items(JsonParser parser, Function<String, Optional<String>> typeOfTag, Consumer<SourceRow> rows) {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode item = parser.readValueAsTree();
            rows.accept(row(item, line, typeOfTag));
        }
    }

    private static void singleAnnotation(Path file, Function<String, Optional<String>> typeOfTag, Consumer<SourceRow> rows) {
        try {
            if (Files.size(file) > SINGLE_MAX_BYTES) {
                throw FileRejectedException.of("One annotation cannot take " + Files.size(file) + " bytes.");
            }
            rows.accept(row(JsonMapper.shared().readTree(file.toFile()), 1, typeOfTag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceRow row(JsonNode item, long line, Function<String, Optional<String>> typeOfTag) {
        var values = new EnumMap<AnnotationColumn, String>(AnnotationColumn.class);
        // Hypothesis' API rows (user, uri, tags, text) count TextPositionSelector offsets as JavaScript does,
        // in UTF-16 units; the W3C model, and our own export, count code points.
        boolean hypothesis = item.has("user") || item.has("uri");
        var target = item.path("target").isArray() ? item.path("target").path(0) : item.path("target");
        put(values, ARTICLE_URL, target.isString() ? target.asString() : text(target.path("source")));
        if (values.get(ARTICLE_URL) == null) {
            put(values, ARTICLE_URL, text(item.path("uri")));
        }
        var selectors = target.path("selector");
        for (var selector : selectors.isArray() ? selectors : List.of(selectors)) {
            switch (text(selector.path("type")) == null ? "" : text(selector.path("type"))) {
                case "TextQuoteSelector" -> {
                    put(values, QUOTE, text(selector.path("exact")));
                    put(values, PREFIX, text(selector.path("prefix")));
                    put(values, SUFFIX, text(selector.path("suffix")));
                }
                case "TextPositionSelector" -> {
                    put(values, START, text(selector.path("start")));
                    put(values, END, text(selector.path("end")));
                }
                default -> { }
            }
        }
        var article = item.path("ct:article");
        put(values, ARTICLE_CONTENT_HASH, text(article.path("contentHash")));
        put(values, ANCHOR_STATE, text(item.path("ct:anchorState")));
        put(values, PREVIOUS_QUOTE, text(item.path("ct:previousQuote")));
        var notice = attribution(item, values, typeOfTag);
        var claim = item.path("ct:claim");
        put(values, CLAIM_ID, claimId(claim.path("id")));
        put(values, CLAIM_SHORT_TEXT, text(claim.path("shortText")));
        put(values, LINKED_BY, text(claim.path("linkedBy")));
        put(values, LINKED_AT, text(claim.path("linkedAt")));
        put(values, REVIEW_STATUS, text(claim.path("reviewStatus")));
        put(values, VERDICT, text(claim.path("verdict")));
        put(values, CREATED_AT, text(item.path("created")));
        put(values, UPDATED_AT, firstText(item.path("modified"), item.path("updated")));
        var creator = item.path("creator");
        var user = creator.isString() ? creator.asString() : firstText(creator.path("nickname"), creator.path("name"));
        if (user == null && text(item.path("user")) != null) {
            user = text(item.path("user")).replaceFirst("^acct:", "");
        }
        put(values, CREATED_BY, user);
        var updatedBy = text(item.path("ct:updatedBy"));
        put(values, UPDATED_BY, updatedBy != null ? updatedBy : user);
        return new SourceRow(line, values, !hypothesis, notice);
    }

    /** Our claim ids are IRIs ending in the number (…/claims/7); older files had the bare number. */
    private static String claimId(JsonNode id) {
        var text = text(id);
        return text == null ? null : text.substring(text.lastIndexOf('/') + 1);
    }

    /**
     * Ours carries the attribution under {@code ct:attribution}. Another tool's annotation has tags (Hypothesis'
     * {@code tags}, or classifying and tagging bodies) and comments (commenting or describing bodies, a body
     * without purpose, or Hypothesis' {@code text}): the first tag that names an attribution type gives the type,
     * the comments and any other tags become the note, and without such a tag the annotation is UNATTRIBUTED.
     *
     * @return what the importer should be told about the row, or null
     */
    private static String attribution(JsonNode item, EnumMap<AnnotationColumn, String> values,
                                      Function<String, Optional<String>> typeOfTag) {
        var ours = item.path("ct:attribution");
        var tags = new LinkedHashSet<String>();
        var comments = new ArrayList<String>();
        var bodies = item.path("body");
        for (var body : bodies.isArray() ? bodies : List.of(bodies)) {
            var purpose = text(body.path("purpose"));
            var value = body.isString() ? text(body) : text(body.path("value"));
            if (value == null) {
                continue;
            }
            if ("classifying".equals(purpose) || "tagging".equals(purpose)) {
                tags.add(value.strip());
            } else if (purpose == null || "commenting".equals(purpose) || "describing".equals(purpose)) {
                comments.add(value);
            }
        }
        for (var tag : item.path("tags")) {
            if (text(tag) != null) {
                tags.add(text(tag).strip());
            }
        }
        var comment = text(item.path("text"));
        if (comment != null) {
            comments.add(comment);
        }
        String notice = null;
        if (!ours.isMissingNode()) {
            var type = text(ours.path("type"));
            put(values, ATTRIBUTION_TYPE, type != null ? type : tags.stream().map(typeOfTag).flatMap(Optional::stream).findFirst().orElse(null));
            put(values, NOTE, text(ours.path("note")));
        } else {
            var typed = tags.stream().filter(tag -> typeOfTag.apply(tag).isPresent()).findFirst();
            var type = typed.flatMap(typeOfTag).orElse(AttributionType.UNATTRIBUTED.name());
            typed.ifPresent(tags::remove);
            put(values, ATTRIBUTION_TYPE, type);
            var note = new ArrayList<>(comments);
            if (!tags.isEmpty()) {
                note.add("Tags: " + String.join(", ", tags));
            }
            put(values, NOTE, note.isEmpty() ? null : String.join("\n\n", note));
            if (typed.isEmpty()) {
                notice = tags.isEmpty()
                        ? "No tag says how the claim is attributed: imported as UNATTRIBUTED."
                        : "Its tags (" + String.join(", ", tags) + ") name no attribution type: imported as UNATTRIBUTED, "
                                + "the tags kept in the note.";
            }
        }
        put(values, CUE, text(ours.path("cue")));
        put(values, SOURCE_AS_WRITTEN, text(ours.path("sourceAsWritten")));
        put(values, SOURCE_NAME, text(ours.path("sourceName")));
        put(values, AFFILIATION, text(ours.path("affiliation")));
        put(values, ROLE, text(ours.path("role")));
        put(values, ON_RECORD, text(ours.path("onRecord")));
        put(values, SOURCE_COUNT, text(ours.path("sourceCount")));
        put(values, ANONYMITY_REASON, text(ours.path("anonymityReason")));
        put(values, BASIS_OF_KNOWLEDGE, text(ours.path("basisOfKnowledge")));
        put(values, RELAYED_VIA, text(ours.path("relayedVia")));
        put(values, STANCE, text(ours.path("stance")));
        return notice;
    }

    private static void put(EnumMap<AnnotationColumn, String> values, AnnotationColumn column, String value) {
        if (value != null) {
            values.put(column, value);
        }
    }

    /** The first of the nodes that holds text. */
    private static String firstText(JsonNode... nodes) {
        for (var node : nodes) {
            var text = text(node);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        var text = node.asString();
        return text.isBlank() ? null : text;
    }
}
