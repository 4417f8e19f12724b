package org.claimtrace.report.ui;

import org.claimtrace.report.ClaimSourcingReport;
import org.claimtrace.report.OutletSourcingReport;
import org.claimtrace.report.RelayGraph;
import org.claimtrace.report.TypeShare;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * ECharts options for the report charts, built here so the browser only draws. Data only: no functions, so
 * nothing is evaluated in the browser. Attribution types keep the tagset's colours; months and outlets use
 * a neutral palette that stays apart for the common colour-vision deficiencies (Okabe-Ito).
 */
final class ChartOptions {

    static final String TEXT = "#1f2933";
    static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"};
    static final String RELAYS = "#AA4499";
    static final String FIRST = "#0072B2";
    static final String FOLLOWS = "#9AA0A6";
    static final String ORIGIN = "#0072B2";
    static final String RELAYING = "#D9DDE2";
    static final String CITED = "#FFFFFF";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ChartOptions() {
    }

    private static ObjectNode base() {
        var option = JSON.objectNode();
        option.putObject("textStyle").put("fontFamily", "sans-serif").put("color", TEXT);
        return option;
    }


    /** Horizontal bars, one per attribution type present, in the type's colour, labelled with count and share. */
    static ObjectNode typeBars(List<TypeShare> mix) {
        var option = base();
        option.putObject("grid").put("left", 170).put("right", 70).put("top", 10).put("bottom", 30);
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        var y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        var categories = y.putArray("data");
        var series = option.putArray("series").addObject().put("type", "bar").put("name", "Claims").put("barMaxWidth", 28);
        series.putObject("label").put("show", true).put("position", "right").put("formatter", "{c}");
        var data = series.putArray("data");
        for (var share : mix) {
            categories.add(share.name());
            var item = data.addObject().put("value", share.count()).put("name", share.name());
            item.putObject("itemStyle").put("color", share.colour());
        }
        return option;
    }

    /** One point per dated appearance: when (x) and in which outlet (y), coloured by attribution type. */
    static ObjectNode timeline(List<ClaimSourcingReport.AppearanceRow> rows) {
        var option = base();
        option.putObject("grid").put("left", 170).put("right", 40).put("top", 20).put("bottom", 40);
        var x = option.putObject("xAxis").put("type", "time");
        x.putObject("splitLine").put("show", true);
        x.putObject("axisLabel").put("hideOverlap", true).putObject("formatter").put("day", "{d} {MMM}").put("month", "{MMM} {yyyy}")
                .put("year", "{yyyy}").put("hour", "{HH}:{mm}");
        var times = rows.stream().filter(r -> r.published() != null).mapToLong(r -> r.published().toInstant().toEpochMilli()).sorted().toArray();
        if (times.length > 0) {
            // room either side, so the first and last points do not sit on the chart's edges
            long pad = Math.max((times[times.length - 1] - times[0]) / 10, 6 * 3600_000L);
            x.put("min", times[0] - pad).put("max", times[times.length - 1] + pad);
        }
        var y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        var outlets = y.putArray("data");
        rows.stream().filter(r -> r.published() != null).map(r -> r.outlet().name()).distinct().forEach(outlets::add);
        var byType = new LinkedHashMap<String, ArrayNode>();
        var series = option.putArray("series");
        for (var row : rows) {
            if (row.published() == null) {
                continue;
            }
            var data = byType.computeIfAbsent(row.typeCode(), code -> {
                var s = series.addObject().put("type", "scatter").put("name", row.typeName()).put("symbolSize", 16);
                s.putObject("itemStyle").put("color", row.typeColour()).put("borderColor", "#ffffff").put("borderWidth", 1);
                return s.putArray("data");
            });
            data.addArray().add(row.published().toString()).add(row.outlet().name());
        }
        return option;
    }

    /**
     * Who carries whom: an arrow from the outlet that carries the claim to the outlet it relays or copies.
     * Origins stand in the right-hand column, each relay one column further left; a loop with no origin goes round.
     */
    static ObjectNode relayGraph(ClaimSourcingReport.Independence independence) {
        var option = base();
        var series = option.putArray("series").addObject().put("type", "graph").put("roam", false).put("preserveAspect", true)
                .put("edgeSymbolSize", 10).put("left", 90).put("right", 140).put("top", 40).put("bottom", 40);
        series.putArray("edgeSymbol").add("none").add("arrow");
        series.putObject("label").put("show", true).put("position", "bottom").put("fontSize", 12).put("color", TEXT);
        series.putObject("lineStyle").put("color", "#52606d").put("width", 1.5).put("curveness", 0.15).put("opacity", 0.9);
        var positions = columns(independence);
        series.put("layout", positions == null ? "circular" : "none");
        var data = series.putArray("data");
        for (var node : independence.nodes()) {
            var item = data.addObject().put("name", node.name()).put("symbol", "circle").put("symbolSize", node.origin() ? 30 : 22);
            if (positions != null) {
                item.put("x", positions.get(node.name())[0]).put("y", positions.get(node.name())[1]);
            }
            var style = item.putObject("itemStyle").put("borderColor", "#1f2933").put("borderWidth", 1.5);
            style.put("color", node.origin() ? ORIGIN : node.kind() == RelayGraph.NodeKind.CARRIER ? RELAYING : CITED);
            if (node.kind() == RelayGraph.NodeKind.UNNAMED) {
                style.put("borderType", "dashed");
            }
        }
        var links = series.putArray("links");
        for (var edge : independence.edges()) {
            var link = links.addObject().put("source", edge.from()).put("target", edge.to());
            if (edge.kind() == RelayGraph.EdgeKind.COPIES) {
                link.putObject("lineStyle").put("type", "dashed");
            }
        }
        return option;
    }

    /** x, y per node: columns by the number of relays to an origin; null when there is no origin to lay out by. */
    private static Map<String, int[]> columns(ClaimSourcingReport.Independence independence) {
        if (independence.originNames().isEmpty()) {
            return null;
        }
        var depth = new HashMap<String, Integer>();
        var queue = new ArrayDeque<String>();
        independence.originNames().forEach(o -> {
            depth.put(o, 0);
            queue.add(o);
        });
        while (!queue.isEmpty()) {
            var node = queue.poll();
            for (var edge : independence.edges()) {
                if (edge.to().equals(node) && !depth.containsKey(edge.from())) {
                    depth.put(edge.from(), depth.get(node) + 1);
                    queue.add(edge.from());
                }
            }
        }
        int max = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        var columns = new LinkedHashMap<Integer, Integer>();
        var positions = new HashMap<String, int[]>();
        for (var node : independence.nodes()) {
            int d = depth.getOrDefault(node.name(), max + 1);
            int row = columns.merge(d, 1, Integer::sum) - 1;
            positions.put(node.name(), new int[]{(max + 1 - d) * 200, row * 90});
        }
        return positions;
    }

    /** Bars per outlet: relays another outlet, first to carry the claim, followed on its own sourcing. */
    static ObjectNode relaying(List<OutletSourcingReport> outlets, boolean asShares) {
        var option = base();
        option.putObject("grid").put("left", 60).put("right", 30).put("top", 30).put("bottom", 40);
        var x = option.putObject("xAxis").put("type", "category");
        var names = x.putArray("data");
        outlets.forEach(o -> names.add(o.outlet().name()));
        var y = option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        if (asShares) {
            y.put("max", 100).putObject("axisLabel").put("formatter", "{value}%");
        }
        var series = option.putArray("series");
        relayingSeries(series, "Relays another outlet", RELAYS, outlets, r -> r.relays(), asShares);
        relayingSeries(series, "First to carry it", FIRST, outlets, r -> r.first(), asShares);
        relayingSeries(series, "Followed on own sourcing", FOLLOWS, outlets, r -> r.follows(), asShares);
        return option;
    }

    private static void relayingSeries(ArrayNode series, String name, String colour, List<OutletSourcingReport> outlets,
                                       ToDoubleFunction<OutletSourcingReport.Relaying> value, boolean asShares) {
        var s = series.addObject().put("type", "bar").put("name", name).put("barMaxWidth", 40);
        s.putObject("itemStyle").put("color", colour);
        s.putObject("label").put("show", true).put("position", "top").put("fontSize", 11)
                .put("formatter", asShares ? "{c}%" : "{c}");
        var data = s.putArray("data");
        for (var outlet : outlets) {
            var r = outlet.relaying();
            double v = value.applyAsDouble(r);
            if (v == 0) {
                data.add("-");
            } else if (asShares) {
                data.add(Math.round(1000 * v / r.appearances()) / 10.0);
            } else {
                data.add((long) v);
            }
        }
    }

    /** Claims per month, stacked by attribution type in the tagset's colours. */
    static ObjectNode monthlyMix(OutletSourcingReport report) {
        var option = base();
        option.putObject("grid").put("left", 50).put("right", 20).put("top", 20).put("bottom", 40);
        var x = option.putObject("xAxis").put("type", "category");
        var months = x.putArray("data");
        report.trend().forEach(m -> months.add(m.month()));
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        var series = option.putArray("series");
        for (var type : report.mix()) {
            var s = series.addObject().put("type", "bar").put("name", type.name()).put("stack", "claims");
            s.putObject("itemStyle").put("color", type.colour());
            var data = s.putArray("data");
            for (var month : report.trend()) {
                long count = month.mix().stream().filter(t -> t.code().equals(type.code())).mapToLong(TypeShare::count).sum();
                if (count == 0) {
                    data.add("-");
                } else {
                    data.add(count);
                }
            }
        }
        return option;
    }

    /** One bar per outlet, 100% stacked by the share of each attribution type. */
    static ObjectNode mixByOutlet(List<OutletSourcingReport> outlets, List<TypeShare> types) {
        var option = base();
        option.putObject("grid").put("left", 170).put("right", 30).put("top", 20).put("bottom", 30);
        option.putObject("xAxis").put("type", "value").put("max", 100).putObject("axisLabel").put("formatter", "{value}%");
        var y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        var names = y.putArray("data");
        outlets.forEach(o -> names.add(o.outlet().name()));
        var series = option.putArray("series");
        for (var type : types) {
            var s = series.addObject().put("type", "bar").put("name", type.name()).put("stack", "share").put("barMaxWidth", 36);
            s.putObject("itemStyle").put("color", type.colour());
            var data = s.putArray("data");
            for (var outlet : outlets) {
                double share = outlet.mix().stream().filter(t -> t.code().equals(type.code())).mapToDouble(TypeShare::share).sum();
                if (share == 0) {
                    data.add("-");
                } else {
                    data.add(Math.round(share * 1000) / 10.0);
                }
            }
        }
        return option;
    }

    /** The share of claims on the record, month by month, one line per outlet (no point for a month without claims). */
    static ObjectNode onRecordTrend(List<OutletSourcingReport> outlets) {
        var option = base();
        option.putObject("grid").put("left", 50).put("right", 20).put("top", 20).put("bottom", 40);
        var x = option.putObject("xAxis").put("type", "category");
        var months = x.putArray("data");
        outlets.getFirst().trend().forEach(m -> months.add(m.month()));
        option.putObject("yAxis").put("type", "value").put("max", 100).putObject("axisLabel").put("formatter", "{value}%");
        var series = option.putArray("series");
        for (int i = 0; i < outlets.size(); i++) {
            var outlet = outlets.get(i);
            var s = series.addObject().put("type", "line").put("name", outlet.outlet().name()).put("connectNulls", false)
                    .put("symbol", "circle").put("symbolSize", 7).put("showSymbol", true);
            s.putObject("itemStyle").put("color", PALETTE[i % PALETTE.length]);
            var data = s.putArray("data");
            for (var month : outlet.trend()) {
                if (month.claims() == 0) {
                    data.add("-");
                } else {
                    data.add(Math.round(month.onRecordShare() * 1000) / 10.0);
                }
            }
        }
        return option;
    }
}
