package org.claimtrace.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of one part of a report: shown as a plain HTML table (which prints whole, unlike a lazy grid)
 * and downloaded as CSV with exactly the same cells.
 */
record ReportTable(String name, String caption, List<String> headers, List<List<Cell>> rows) {

    /** A cell's text; optionally a link and a colour swatch (the attribution type's colour). */
    record Cell(String text, String href, String colour) {
        static Cell of(Object text) {
            return new Cell(text == null ? "" : text.toString(), null, null);
        }

        static Cell link(String text, String href) {
            return new Cell(text, href, null);
        }

        static Cell swatch(String text, String colour) {
            return new Cell(text, null, colour);
        }
    }

    static Builder named(String name, String caption, String... headers) {
        return new Builder(name, caption, List.of(headers));
    }

    static final class Builder {
        private final String name;
        private final String caption;
        private final List<String> headers;
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(String name, String caption, List<String> headers) {
            this.name = name;
            this.caption = caption;
            this.headers = headers;
        }

        Builder row(Object... cells) {
            var row = new ArrayList<Cell>();
            for (var cell : cells) {
                row.add(cell instanceof Cell c ? c : Cell.of(cell));
            }
            rows.add(row);
            return this;
        }

        ReportTable build() {
            return new ReportTable(name, caption, headers, List.copyOf(rows));
        }
    }

    List<List<String>> texts() {
        return rows.stream().map(row -> row.stream().map(Cell::text).toList()).toList();
    }

    NativeTable render() {
        var table = new NativeTable();
        table.setId(name + "-table");
        table.addClassName("report-table");
        var caption = table.getCaption();
        caption.setText(this.caption);
        var head = new NativeTableHeader();
        var headRow = new NativeTableRow();
        headers.forEach(h -> headRow.add(new NativeTableHeaderCell(h)));
        head.add(headRow);
        var body = new NativeTableBody();
        for (var row : rows) {
            var tr = new NativeTableRow();
            for (var cell : row) {
                var td = new NativeTableCell();
                if (cell.colour() != null) {
                    var swatch = new Span();
                    swatch.addClassName("type-swatch");
                    swatch.getStyle().set("background", cell.colour());
                    td.add(swatch);
                }
                if (cell.href() != null) {
                    td.add(new Anchor(cell.href(), cell.text()));
                } else {
                    td.add(new Span(cell.text()));
                }
                tr.add(td);
            }
            body.add(tr);
        }
        table.add(head, body);
        return table;
    }
}
