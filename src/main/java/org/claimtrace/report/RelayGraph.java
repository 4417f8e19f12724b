package org.claimtrace.report;

import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who carries whom for one claim, and how many independent origins stand behind its outlets. Relays are
 * collapsed: an outlet that says "reportedly" relays the outlet it names, or, naming none, the claim's first
 * appearance; "via AP" relays the wire; a syndicated copy relays the outlet of the article it copies. An
 * outlet that carries the claim on its own sourcing is an origin; so is a named source outlet that does not
 * carry the claim here itself (the wire whose story is not in the corpus). Outlets that only cite each other
 * form a loop with no origin: circular.
 */
public record RelayGraph(List<Node> nodes, List<Edge> edges, Map<Long, Trace> traces) {

    public enum NodeKind {
        /** An outlet with an appearance of the claim. */
        CARRIER,
        /** An outlet named as a relay's source, with no appearance of the claim here. */
        CITED,
        /** The unnamed outlet behind a "reportedly" when nothing earlier carries the claim. */
        UNNAMED
    }

    public enum EdgeKind { RELAYS, COPIES }

    public record Node(String name, NodeKind kind, boolean origin) {
    }

    /** {@code from} carries what {@code to} published: relaying it, or as a syndicated copy. */
    public record Edge(String from, String to, EdgeKind kind, @Nullable String how) {
    }

    /** Where one appearance comes from: the chain from its outlet to an origin, every origin, or a loop. */
    public record Trace(List<String> chain, List<String> origins, boolean circular) {
    }

    /** How one article carries the claim, as far as relays go. */
    public sealed interface Relay {
        /** On its own sourcing. */
        record Own() implements Relay {
        }

        /** Names the outlets it relays, nearest first ("Reuters, citing KCNA"). */
        record Named(List<String> hops, String cue) implements Relay {
        }

        /** Relays without naming whom ("reportedly"). */
        record Unnamed(String cue) implements Relay {
        }

        /** A syndicated copy of an article of this outlet. */
        record Copy(String outlet) implements Relay {
        }
    }

    public record Carriage(long annotationId, String outlet, Relay relay) {
    }

    private static final Pattern HOP_SEPARATOR = Pattern.compile(
            "\\s*(?:,|;|->|\u2192|>)\\s*|\\s+(?=(?:citing|quoting|via|according to|reported by)\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOP_LEAD = Pattern.compile(
            "^(?:citing|quoting|via|according to|reported by|from)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SMALL_WORDS = Set.of("the", "of", "and", "for", "de", "la", "le");

    /** The outlets a relay text names, nearest first: "Reuters, citing KCNA" is Reuters then KCNA. */
    public static List<String> hops(String relayedVia) {
        var hops = new ArrayList<String>();
        if (relayedVia == null) {
            return hops;
        }
        for (var part : HOP_SEPARATOR.split(relayedVia.strip())) {
            var hop = HOP_LEAD.matcher(part.strip()).replaceFirst("").strip();
            if (!hop.isEmpty()) {
                hops.add(hop);
            }
        }
        return hops;
    }

    public static RelayGraph of(List<Carriage> carriages, String firstOutlet) {
        return new Builder(carriages, firstOutlet).build();
    }

    public int originCount() {
        return (int) nodes.stream().filter(Node::origin).count();
    }

    public List<String> origins() {
        return nodes.stream().filter(Node::origin).map(Node::name).toList();
    }

    public List<String> loop() {
        return traces.values().stream().filter(Trace::circular).findFirst().map(Trace::chain).orElse(List.of());
    }

    private static final class Builder {
        private final List<Carriage> carriages;
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, NodeKind> kinds = new LinkedHashMap<>();
        private final Set<String> ownSourced = new HashSet<>();
        private final Map<String, List<List<String>>> relayPaths = new LinkedHashMap<>();
        private final Map<Long, List<String>> pathOf = new LinkedHashMap<>();
        private final Map<String, Edge> edges = new LinkedHashMap<>();
        private final String firstKey;

        Builder(List<Carriage> carriages, String firstOutlet) {
            this.carriages = carriages;
            for (var carriage : carriages) {
                var key = key(carriage.outlet());
                names.putIfAbsent(key, carriage.outlet());
                kinds.put(key, NodeKind.CARRIER);
            }
            this.firstKey = firstOutlet == null ? null : resolve(firstOutlet);
        }

        RelayGraph build() {
            for (var carriage : carriages) {
                var from = key(carriage.outlet());
                var path = path(carriage, from);
                if (path.isEmpty()) {
                    ownSourced.add(from);
                } else {
                    relayPaths.computeIfAbsent(from, k -> new ArrayList<>()).add(path);
                    pathOf.put(carriage.annotationId(), path);
                }
            }
            var originsOf = originsOfCarriers();
            var traces = new LinkedHashMap<Long, Trace>();
            var origins = new LinkedHashSet<String>();
            for (var carriage : carriages) {
                var from = key(carriage.outlet());
                var path = pathOf.get(carriage.annotationId());
                var found = path == null ? Set.of(from) : originsOfPath(path, originsOf);
                origins.addAll(found);
                traces.put(carriage.annotationId(), new Trace(chain(from, path, found, originsOf).stream().map(names::get).toList(),
                        found.stream().map(names::get).toList(), found.isEmpty()));
            }
            var nodes = names.keySet().stream().map(k -> new Node(names.get(k), kinds.get(k), origins.contains(k))).toList();
            return new RelayGraph(nodes, List.copyOf(edges.values()), traces);
        }

        /** The keys this carriage relays through, nearest first; empty when it is carried on its own sourcing. */
        private List<String> path(Carriage carriage, String from) {
            return switch (carriage.relay()) {
                case Relay.Own own -> List.of();
                case Relay.Copy copy -> {
                    var to = resolve(copy.outlet());
                    if (to.equals(from)) {
                        yield List.of();
                    }
                    edge(from, to, EdgeKind.COPIES, "syndicated copy");
                    yield List.of(to);
                }
                case Relay.Named named -> {
                    var path = new ArrayList<String>();
                    var previous = from;
                    for (var hop : named.hops()) {
                        var to = resolve(hop);
                        if (to.equals(previous)) {
                            continue;
                        }
                        edge(previous, to, EdgeKind.RELAYS, previous.equals(from) ? how(named.cue(), hop) : "citing " + hop);
                        path.add(to);
                        previous = to;
                    }
                    yield path;
                }
                case Relay.Unnamed unnamed -> {
                    var cue = unnamed.cue() == null || unnamed.cue().isBlank() ? "relayed" : unnamed.cue().strip();
                    if (firstKey != null && !firstKey.equals(from)) {
                        edge(from, firstKey, EdgeKind.RELAYS, "\u201c" + cue + "\u201d, no outlet named: taken as the first appearance");
                        yield List.of(firstKey);
                    }
                    var unknown = "\u0000unnamed:" + from;
                    names.put(unknown, "Unnamed source of " + names.get(from) + " (\u201c" + cue + "\u201d)");
                    kinds.put(unknown, NodeKind.UNNAMED);
                    edge(from, unknown, EdgeKind.RELAYS, "\u201c" + cue + "\u201d, no outlet named");
                    yield List.of(unknown);
                }
            };
        }

        private static String how(String cue, String hop) {
            return cue == null || cue.isBlank() ? "via " + hop : cue.strip() + " (" + hop + ")";
        }

        private void edge(String from, String to, EdgeKind kind, @Nullable String how) {
            edges.putIfAbsent(from + "\u0000" + to, new Edge(names.get(from), names.get(to), kind, how));
        }

        /**
         * Each carrier's origins, to a fixpoint: itself when it carries the claim on its own sourcing, else the
         * origins of every outlet it relays. Carriers left with none only cite each other: a loop.
         */
        private Map<String, Set<String>> originsOfCarriers() {
            var originsOf = new LinkedHashMap<String, Set<String>>();
            kinds.forEach((key, kind) -> {
                if (kind == NodeKind.CARRIER) {
                    originsOf.put(key, ownSourced.contains(key) ? new LinkedHashSet<>(Set.of(key)) : new LinkedHashSet<>());
                }
            });
            for (boolean changed = true; changed; ) {
                changed = false;
                for (var entry : relayPaths.entrySet()) {
                    if (ownSourced.contains(entry.getKey())) {
                        continue;
                    }
                    for (var path : entry.getValue()) {
                        changed |= originsOf.get(entry.getKey()).addAll(originsOfPath(path, originsOf));
                    }
                }
            }
            return originsOf;
        }

        /** Along a relay path, the first outlet that carries the claim here decides; else the last outlet named. */
        private Set<String> originsOfPath(List<String> path, Map<String, Set<String>> originsOf) {
            for (var node : path) {
                if (kinds.get(node) == NodeKind.CARRIER) {
                    return originsOf.get(node);
                }
            }
            return Set.of(path.getLast());
        }

        /**
         * The way from an outlet to one of its origins, for people to read: along the appearance's own relay
         * path to the first outlet that carries the claim here, then the shortest way on to an origin. A loop
         * is walked until an outlet repeats.
         */
        private List<String> chain(String from, List<String> path, Set<String> origins, Map<String, Set<String>> originsOf) {
            var chain = new ArrayList<String>();
            chain.add(from);
            if (path == null) {
                return chain;
            }
            String carrier = null;
            for (var node : path) {
                chain.add(node);
                if (kinds.get(node) == NodeKind.CARRIER) {
                    carrier = node;
                    break;
                }
            }
            if (carrier == null || origins.contains(carrier)) {
                return chain;
            }
            if (origins.isEmpty()) {
                return loop(chain, carrier);
            }
            var previous = new HashMap<String, String>();
            var queue = new ArrayDeque<String>(List.of(carrier));
            previous.put(carrier, carrier);
            while (!queue.isEmpty()) {
                var node = queue.poll();
                if (origins.contains(node)) {
                    var tail = new ArrayList<String>();
                    for (var at = node; !at.equals(carrier); at = previous.get(at)) {
                        tail.addFirst(at);
                    }
                    chain.addAll(tail);
                    return chain;
                }
                for (var next : successors(node)) {
                    if (previous.putIfAbsent(next, node) == null) {
                        queue.add(next);
                    }
                }
            }
            return chain;
        }

        private List<String> loop(List<String> chain, String carrier) {
            for (var node = carrier; ; ) {
                var next = successors(node);
                if (next.isEmpty()) {
                    return chain;
                }
                node = next.getFirst();
                boolean repeat = chain.contains(node);
                chain.add(node);
                if (repeat) {
                    return chain;
                }
            }
        }

        /** Where a relay goes on from this node: a carrier's relay paths, or the next outlet a chain names. */
        private List<String> successors(String node) {
            var next = new ArrayList<String>();
            if (kinds.get(node) == NodeKind.CARRIER) {
                if (!ownSourced.contains(node)) {
                    relayPaths.getOrDefault(node, List.of()).forEach(p -> next.add(p.getFirst()));
                }
                return next;
            }
            for (var paths : relayPaths.values()) {
                for (var p : paths) {
                    int i = p.indexOf(node);
                    if (i >= 0 && i + 1 < p.size()) {
                        next.add(p.get(i + 1));
                    }
                }
            }
            return next;
        }

        /** The node an outlet name means: a carrier by name or initials ("AP"), else a cited outlet of its own. */
        private String resolve(String name) {
            var key = key(name);
            if (names.containsKey(key)) {
                return key;
            }
            if (!key.contains(" ") && key.length() >= 2 && key.length() <= 6) {
                for (var entry : names.entrySet()) {
                    if (kinds.get(entry.getKey()) == NodeKind.CARRIER && key.equals(initials(entry.getValue()))) {
                        return entry.getKey();
                    }
                }
            }
            names.put(key, name.strip());
            kinds.put(key, NodeKind.CITED);
            return key;
        }

        static String key(String name) {
            var plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("['\u2019]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            return plain.startsWith("the ") ? plain.substring(4) : plain;
        }

        static String initials(String name) {
            var letters = new StringBuilder();
            for (var word : key(name).split(" ")) {
                if (!word.isEmpty() && !SMALL_WORDS.contains(word)) {
                    letters.append(word.charAt(0));
                }
            }
            return letters.toString();
        }
    }
}
