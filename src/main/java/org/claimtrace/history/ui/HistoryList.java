package org.claimtrace.history.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.history.Change;

import java.util.List;

/**
 * A record's history as a list, newest first: when, who, what they did, and each field before → after. All text
 * (a comment or rationale holding markup shows as characters). Any feature can show one.
 */
public class HistoryList extends Div {

    public HistoryList() {
        addClassName("history-list");
    }

    public HistoryList(List<Change> changes) {
        this();
        show(changes);
    }

    public void show(List<Change> changes) {
        removeAll();
        if (changes.isEmpty()) {
            add(new Span("No recorded changes yet."));
            return;
        }
        for (var change : changes.reversed()) {
            add(entry(change, false));
        }
    }

    static Div entry(Change change, boolean withType) {
        var entry = new Div();
        entry.addClassName("history-entry");
        var head = new Div(new Span(NewsroomDates.utc(change.at())), new Span(" \u00b7 " + change.user() + " "),
                new Span(change.kind().word() + " " + (withType ? change.type().toLowerCase() + " " : "")
                        + "\u201c" + change.subject() + "\u201d"));
        head.addClassName("history-head");
        entry.add(head);
        for (var field : change.fields()) {
            var line = new Div(new Span(field.field() + ": "), value(field.before(), "history-before"),
                    new Span(" \u2192 "), value(field.after(), "history-after"));
            line.addClassName("history-field");
            entry.add(line);
        }
        return entry;
    }

    private static Span value(String text, String className) {
        var span = new Span(text.isEmpty() ? "\u2014" : text.length() > 300 ? text.substring(0, 299) + "\u2026" : text);
        span.addClassName(className);
        return span;
    }
}
