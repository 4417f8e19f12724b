package org.claimtrace.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What every report page shares: a header with Print and the way back, sections that each start a new page on
 * paper, and figures that put a chart, its caption and its numbers side by side. reports.css holds the print
 * stylesheet (no navigation, page breaks between sections, charts kept whole).
 */
@StyleSheet("context://styles/reports.css")
abstract class ReportPage extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm xxx", Locale.ENGLISH);

    @Tag("figure")
    static final class Figure extends HtmlContainer {
    }

    @Tag("figcaption")
    static final class FigureCaption extends HtmlContainer {
    }

    ReportPage() {
        addClassName("report");
    }

    /** The page's title, what it is about, Print, and links elsewhere. */
    Div header(String title, String subtitle, Component... links) {
        var header = new Div();
        header.addClassName("report-header");
        var print = new Button("Print", VaadinIcon.PRINT.create());
        print.getElement().setAttribute("data-report-print", "");
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        print.setId("report-print");
        var actions = new Div(print);
        actions.addClassName("report-actions");
        for (var link : links) {
            actions.add(link);
        }
        var heading = new H2(title);
        heading.setId("report-title");
        var sub = new Paragraph(subtitle);
        sub.addClassName("report-subtitle");
        header.add(heading, sub, actions);
        return header;
    }

    static Anchor link(String text, String href) {
        var anchor = new Anchor(href, text);
        anchor.addClassName("report-link");
        return anchor;
    }

    static Section section(String id, String title) {
        var section = new Section();
        section.setId(id);
        section.addClassName("report-section");
        section.add(new H3(title));
        return section;
    }

    /** A chart with its caption (the text alternative, visible too) and the table of its numbers beside it. */
    static Div figure(ReportChart chart, ReportTable table, String csvFile) {
        return figure(chart, table, csvFile, table.headers().size() > 4);
    }

    /** As {@link #figure(ReportChart, ReportTable, String)}; {@code stacked} puts the table under the chart. */
    static Div figure(ReportChart chart, ReportTable table, String csvFile, boolean stacked) {
        var figure = new Figure();
        figure.addClassName("report-figure");
        var caption = new FigureCaption();
        caption.setText(chart.description());
        caption.setId(chart.getId().orElseThrow() + "-caption");
        chart.getElement().setAttribute("aria-labelledby", caption.getId().orElseThrow());
        if (!chart.legend().isEmpty()) {
            var legend = new com.vaadin.flow.component.html.UnorderedList();
            legend.addClassName("chart-legend");
            for (var key : chart.legend()) {
                var swatch = new Span();
                swatch.addClassName("type-swatch");
                swatch.getStyle().set("background", key.colour());
                legend.add(new com.vaadin.flow.component.html.ListItem(swatch, new Span(key.name())));
            }
            figure.add(legend);
        }
        figure.add(chart, caption);
        var row = new Div(figure, numbers(table, csvFile));
        row.addClassName("report-figure-row");
        if (stacked) {
            // a wide table goes under its chart, not squeezed beside it
            row.addClassName("stacked");
        }
        return row;
    }

    /** A table under its caption with its CSV download. */
    static Div numbers(ReportTable table, String csvFile) {
        var head = new Div(new Span(table.caption()), CsvDownload.of(table, csvFile));
        head.addClassName("report-table-head");
        var box = new Div(head, table.render());
        box.addClassName("report-numbers");
        return box;
    }

    static Div figures(String... lines) {
        var box = new Div();
        box.addClassName("report-figures");
        for (var line : lines) {
            box.add(new Paragraph(line));
        }
        return box;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String time(OffsetDateTime time) {
        return time == null ? "date unknown" : TIME.format(time);
    }

    static String day(OffsetDateTime time) {
        return time == null ? "date unknown" : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(time);
    }
}
