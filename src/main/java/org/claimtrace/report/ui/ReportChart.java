package org.claimtrace.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart drawn by Apache ECharts (Apache-2.0) from an option the server builds ({@link ChartOptions}), as SVG
 * (frontend/report-chart.ts). The element carries the chart's text alternative as its accessible name; the
 * numbers behind it are always in a table beside it.
 */
@Tag("report-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./report-chart.ts")
class ReportChart extends Component {

    ReportChart(String id, String description, ObjectNode option, int width, int height) {
        setId(id);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
        getElement().setAttribute("chart-width", Integer.toString(width));
        getElement().setAttribute("chart-height", Integer.toString(height));
        getElement().setAttribute("option", option.toString());
        getElement().getClassList().add("report-chart");
    }

    /** The key to the chart's colours, shown above it as text (name and colour swatch), not drawn in the SVG. */
    record Key(String name, String colour) {
    }

    private final java.util.List<Key> legend = new java.util.ArrayList<>();

    ReportChart key(String name, String colour) {
        legend.add(new Key(name, colour));
        return this;
    }

    java.util.List<Key> legend() {
        return legend;
    }

    /** The option as sent, for tests that check what is drawn. */
    String option() {
        return getElement().getAttribute("option");
    }

    String description() {
        return getElement().getAttribute("aria-label");
    }
}
