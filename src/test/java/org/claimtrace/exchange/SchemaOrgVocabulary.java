package org.claimtrace.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.claimtrace.OnStandards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema.org vocabulary (classes, properties, their domains and ranges) from the standards folder, and a check
 * of expanded JSON-LD against it: every type is a schema.org class, every property exists and may be used on its
 * node's type, and every value is of a type the property's range allows.
 */
final class SchemaOrgVocabulary {

    static final String SCHEMA = "http://schema.org/";

    private final Map<String, Set<String>> superClasses = new HashMap<>();
    private final Set<String> dataTypes = new HashSet<>();
    private final Map<String, Set<String>> domains = new HashMap<>();
    private final Map<String, Set<String>> ranges = new HashMap<>();

    SchemaOrgVocabulary() {
        JsonNode graph;
        try {
            graph = new ObjectMapper().readTree(OnStandards.Folder.resolve("schemaorg/schemaorg-current-https.jsonld").toFile()).path("@graph");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var node : graph) {
            var id = local(node.path("@id").asText());
            var types = ids(node.path("@type"));
            if (types.contains("rdfs:Class")) {
                superClasses.put(id, local(ids(node.path("rdfs:subClassOf"))));
                if (types.contains("schema:DataType")) {
                    dataTypes.add(id);
                }
            }
            if (types.contains("rdf:Property")) {
                domains.put(id, local(ids(node.path("schema:domainIncludes"))));
                ranges.put(id, local(ids(node.path("schema:rangeIncludes"))));
            }
        }
    }

    boolean isClass(String name) {
        return superClasses.containsKey(name);
    }

    boolean isProperty(String name) {
        return domains.containsKey(name);
    }

    /** The class and all it is a subclass of. */
    Set<String> lineage(String name) {
        var all = new HashSet<String>();
        var todo = new ArrayList<>(List.of(name));
        while (!todo.isEmpty()) {
            var next = todo.removeLast();
            if (all.add(next)) {
                todo.addAll(superClasses.getOrDefault(next, Set.of()));
            }
        }
        return all;
    }

    private boolean isDataType(String name) {
        return lineage(name).stream().anyMatch(dataTypes::contains);
    }

    /** Everything in the expanded document that the vocabulary does not allow; empty when all is well. */
    List<String> problems(JsonArray expanded) {
        var problems = new ArrayList<String>();
        expanded.forEach(node -> node(node.asJsonObject(), "", problems));
        return problems;
    }

    private void node(JsonObject node, String path, List<String> problems) {
        var types = types(node);
        for (var type : types) {
            if (!isClass(type)) {
                problems.add(path + ": " + type + " is not a schema.org type");
            }
        }
        var lineage = new HashSet<String>();
        types.forEach(t -> lineage.addAll(lineage(t)));
        for (var entry : node.entrySet()) {
            if (entry.getKey().startsWith("@")) {
                continue;
            }
            var property = entry.getKey().startsWith(SCHEMA) ? entry.getKey().substring(SCHEMA.length()) : entry.getKey();
            var where = path + "/" + property;
            if (!isProperty(property)) {
                problems.add(where + ": not a schema.org property");
                continue;
            }
            if (domains.get(property).stream().noneMatch(lineage::contains)) {
                problems.add(where + ": not a property of " + types + " (its domain is " + domains.get(property) + ")");
            }
            for (var value : entry.getValue().asJsonArray()) {
                value(property, value, where, problems);
            }
        }
    }

    private void value(String property, JsonValue value, String where, List<String> problems) {
        var range = ranges.get(property);
        var object = value.asJsonObject();
        if (object.containsKey("@value")) {
            if (range.stream().noneMatch(this::isDataType)) {
                problems.add(where + ": a literal where " + range + " is expected");
            }
            return;
        }
        var types = types(object);
        if (types.isEmpty()) {
            // a bare IRI: a URL, or a reference to a thing of the range's types
            return;
        }
        if (types.stream().noneMatch(t -> lineage(t).stream().anyMatch(range::contains))) {
            problems.add(where + ": a " + types + " where " + range + " is expected");
        }
        node(object, where, problems);
    }

    private static Set<String> types(JsonObject node) {
        var types = new HashSet<String>();
        if (node.containsKey("@type")) {
            for (var type : node.getJsonArray("@type")) {
                var iri = ((JsonString) type).getString();
                types.add(iri.startsWith(SCHEMA) ? iri.substring(SCHEMA.length()) : iri);
            }
        }
        return types;
    }

    private static Set<String> ids(JsonNode node) {
        var ids = new HashSet<String>();
        if (node.isArray()) {
            node.forEach(n -> ids.add(n.isTextual() ? n.asText() : n.path("@id").asText()));
        } else if (node.isTextual()) {
            ids.add(node.asText());
        } else if (node.isObject()) {
            ids.add(node.path("@id").asText());
        }
        return ids;
    }

    private static Set<String> local(Set<String> ids) {
        var names = new HashSet<String>();
        ids.forEach(id -> names.add(local(id)));
        return names;
    }

    private static String local(String id) {
        return id.startsWith("schema:") ? id.substring("schema:".length()) : id;
    }
}
