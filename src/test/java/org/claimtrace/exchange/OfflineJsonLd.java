package org.claimtrace.exchange;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.claimtrace.OnStandards;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON-LD 1.1 processor (Titanium) that never goes online: the W3C annotation context and the schema.org
 * context are read from the standards folder, and any other remote document fails the expansion.
 */
final class OfflineJsonLd {

    private static final Map<String, String> CONTEXTS = Map.of(
            "http://www.w3.org/ns/anno.jsonld", "contexts/anno.jsonld",
            "https://schema.org", "schemaorg/schemaorgcontext.jsonld",
            "https://schema.org/", "schemaorg/schemaorgcontext.jsonld",
            "http://schema.org", "schemaorg/schemaorgcontext.jsonld",
            "http://schema.org/", "schemaorg/schemaorgcontext.jsonld");

    static final DocumentLoader LOADER = (url, options) -> {
        var file = CONTEXTS.get(url.toString());
        if (file == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Offline: no local copy of " + url);
        }
        try (var in = Files.newInputStream(OnStandards.Folder.resolve(file))) {
            var document = JsonDocument.of(MediaType.JSON_LD, in);
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    /** What expansion produced, and what it says about the input. */
    record Expansion(JsonArray expanded, int inputValues, int expandedValues, Set<String> properties, List<String> relativeIris) {
    }

    private OfflineJsonLd() {
    }

    /** Expands, failing on any term the contexts do not define (which a processor would otherwise silently drop). */
    static Expansion expand(String json) throws JsonLdError {
        var input = JsonDocument.of(new StringReader(json));
        JsonArray expanded = JsonLd.expand(input).loader(LOADER)
                .undefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail).get();
        var properties = new TreeSet<String>();
        var relative = new ArrayList<String>();
        int out = countExpanded(expanded, properties, relative);
        int in = countInput(input.getJsonContent().orElseThrow());
        return new Expansion(expanded, in, out, properties, relative);
    }

    /** Every scalar of the input document outside its @context. */
    private static int countInput(JsonValue value) {
        return switch (value) {
            case JsonObject object -> object.entrySet().stream().filter(e -> !e.getKey().equals("@context"))
                    .mapToInt(e -> countInput(e.getValue())).sum();
            case JsonArray array -> array.stream().mapToInt(OfflineJsonLd::countInput).sum();
            case JsonString s -> 1;
            case JsonNumber n -> 1;
            default -> value == JsonValue.TRUE || value == JsonValue.FALSE ? 1 : 0;
        };
    }

    /** Every value, node reference and type of the expanded form; collects property IRIs and any IRI that is not absolute. */
    private static int countExpanded(JsonValue value, Set<String> properties, List<String> relative) {
        if (value instanceof JsonArray array) {
            return array.stream().mapToInt(v -> countExpanded(v, properties, relative)).sum();
        }
        if (!(value instanceof JsonObject object)) {
            return 0;
        }
        if (object.containsKey("@value")) {
            if (object.containsKey("@type")) {
                iri(object.getString("@type"), relative);
            }
            return 1;
        }
        int count = 0;
        for (var entry : object.entrySet()) {
            switch (entry.getKey()) {
                case "@id" -> {
                    iri(((JsonString) entry.getValue()).getString(), relative);
                    count++;
                }
                case "@type" -> {
                    for (var type : entry.getValue().asJsonArray()) {
                        iri(((JsonString) type).getString(), relative);
                        count++;
                    }
                }
                case "@list", "@set", "@graph" -> count += countExpanded(entry.getValue(), properties, relative);
                default -> {
                    properties.add(entry.getKey());
                    iri(entry.getKey(), relative);
                    count += countExpanded(entry.getValue(), properties, relative);
                }
            }
        }
        return count;
    }

    private static void iri(String iri, List<String> relative) {
        if (!iri.startsWith("_:") && !URI.create(iri).isAbsolute()) {
            relative.add(iri);
        }
    }
}
