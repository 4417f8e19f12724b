package org.claimtrace.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimtrace.history.HistoryService;
import org.claimtrace.history.LogFilter;
import org.claimtrace.security.Role;

import java.util.Map;

/** The whole history for the administrator: every change, newest first, filtered by user, kind of record and days. */
@Route("history")
@PageTitle("History · Claimtrace")
@RolesAllowed(Role.Names.ADMIN)
class AuditLogView extends VerticalLayout {

    private static final int REVISIONS_PER_PAGE = 30;

    private final HistoryService history;
    private final Map<String, String> types;
    private final ComboBox<String> user = new ComboBox<>("User");
    private final Select<String> type = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Div entries = new Div();
    private final Span pageInfo = new Span();
    private final Button newer = new Button("Newer", e -> turn(-1));
    private final Button older = new Button("Older", e -> turn(1));
    private int page;

    AuditLogView(HistoryService history) {
        this.history = history;
        this.types = history.types();
        entries.setId("history-log");
        entries.addClassName("history-list");
        add(createFilters(), entries, new HorizontalLayout(newer, pageInfo, older));
        load();
    }

    private HorizontalLayout createFilters() {
        user.setItems(history.users());
        user.setAllowCustomValue(true);
        user.addCustomValueSetListener(e -> user.setValue(e.getDetail()));
        user.setClearButtonVisible(true);
        type.setLabel("Kind of record");
        type.setItems(types.keySet());
        type.setItemLabelGenerator(t -> t == null ? "Any" : types.getOrDefault(t, t));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        user.addValueChangeListener(e -> reset());
        type.addValueChangeListener(e -> reset());
        from.addValueChangeListener(e -> reset());
        to.addValueChangeListener(e -> reset());
        var filters = new HorizontalLayout(user, type, from, to);
        filters.setAlignItems(Alignment.BASELINE);
        return filters;
    }

    private void reset() {
        page = 0;
        load();
    }

    private void turn(int by) {
        page = Math.max(0, page + by);
        load();
    }

    private void load() {
        entries.removeAll();
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            entries.add(new Span("The days end before they start: choose a later \u201cTo\u201d."));
            return;
        }
        var result = history.log(new LogFilter(user.getValue(), type.getValue(), from.getValue(), to.getValue()), page, REVISIONS_PER_PAGE);
        if (result.changes().isEmpty()) {
            entries.add(new Span("No changes match."));
        }
        result.changes().forEach(change -> entries.add(HistoryList.entry(change, true)));
        newer.setEnabled(page > 0);
        older.setEnabled(result.older());
        pageInfo.setText("Page " + (page + 1));
    }
}
