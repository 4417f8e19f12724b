package org.claimtrace.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.claimtrace.OnStandards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C Web Annotation test suite's MUST assertions (JSON Schema draft 4, from the standards folder), as the
 * suite runs them: each {@code *Musts.test} lists its assertion schemas, each expects "valid". The schemas' refs
 * to the shared definitions ({@code annotations.json#…}, {@code id.json#…}) resolve to its definitions folder.
 */
final class AnnotationModelSchemas {

    private static final String BASE = "https://annotation-model.test/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The assertion lists, by what they check. */
    static final String ANNOTATION = "annotations/annotationMusts.test";
    static final String COLLECTION = "collections/collectionMusts.test";
    static final String PAGE = "collections/pages/pageMusts.test";

    private final Path folder = OnStandards.Folder.resolve("annotation-model");
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            builder -> builder.schemas(this::schemaText));
    private final Map<String, Map<String, Schema>> suites = new LinkedHashMap<>();

    /** Each failed assertion as "assertion: its error message (validator's findings)"; empty when all pass. */
    List<String> failures(String suite, String json) {
        try {
            return failures(suite, JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> failures(String suite, JsonNode document) {
        var failed = new ArrayList<String>();
        assertions(suite).forEach((name, schema) -> {
            var errors = schema.validate(document);
            if (!errors.isEmpty()) {
                failed.add(name + ": " + schema.getSchemaNode().path("errorMessage").asText() + " " + errors);
            }
        });
        return failed;
    }

    int assertionCount(String suite) {
        return assertions(suite).size();
    }

    private Map<String, Schema> assertions(String suite) {
        return suites.computeIfAbsent(suite, s -> {
            try {
                var list = new LinkedHashMap<String, Schema>();
                for (var assertion : JSON.readTree(folder.resolve(s).toFile()).path("assertions")) {
                    var path = assertion.asText();
                    list.put(path, registry.getSchema(SchemaLocation.of(BASE + path)));
                }
                return list;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The schema at an IRI under {@link #BASE}: its file, or the shared definition of that name. */
    private String schemaText(String iri) {
        if (!iri.startsWith(BASE)) {
            return null;
        }
        var relative = iri.substring(BASE.length()).replaceFirst("#.*$", "");
        var file = folder.resolve(relative);
        if (!Files.isRegularFile(file)) {
            file = folder.resolve("definitions").resolve(Path.of(relative).getFileName().toString());
        }
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
