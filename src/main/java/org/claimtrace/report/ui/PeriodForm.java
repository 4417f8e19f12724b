package org.claimtrace.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.report.ReportPeriod;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The period of an outlet report: first and last day of publication (UTC), both included. */
final class PeriodForm extends Div {

    final DatePicker from = NewsroomDates.configure(new DatePicker("From"));
    final DatePicker to = NewsroomDates.configure(new DatePicker("To"));

    PeriodForm(ReportPeriod period, String action, BiConsumer<LocalDate, LocalDate> apply) {
        addClassName("report-period");
        from.setId("period-from");
        to.setId("period-to");
        from.setValue(period.from());
        to.setValue(period.to());
        var button = new Button(action, e -> apply.accept(from.getValue(), to.getValue()));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("period-apply");
        add(from, to, button);
    }

    /** A date query parameter: empty when absent, refused (the message) when it is not YYYY-MM-DD. */
    static Optional<LocalDate> date(QueryParameters query, String name) {
        var value = query.getParameters().getOrDefault(name, List.of()).stream().findFirst().filter(v -> !v.isBlank());
        try {
            return value.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The " + name + " date \u201c" + value.get() + "\u201d is not a date like 2024-03-31.");
        }
    }

    static QueryParameters query(LocalDate from, LocalDate to, Map<String, String> more) {
        var parameters = new LinkedHashMap<String, String>(more);
        if (from != null) {
            parameters.put("from", from.toString());
        }
        if (to != null) {
            parameters.put("to", to.toString());
        }
        return QueryParameters.simple(parameters);
    }
}
