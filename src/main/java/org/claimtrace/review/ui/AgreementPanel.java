package org.claimtrace.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import org.claimtrace.review.Agreement;

import java.util.Locale;

/** Agreement of a double review: each coefficient with the claims it rests on and those left out. */
class AgreementPanel extends Div {

    AgreementPanel() {
        setId("agreement");
        addClassName("agreement");
    }

    void show(Agreement.Report report) {
        removeAll();
        add(new H4("Agreement on verdicts"));
        add(line("", report.alpha()), line("", report.ac1()));
        for (var pair : report.pairs()) {
            add(line(" (" + pair.first() + " \u00d7 " + pair.second() + ")", pair.kappa()));
        }
        if (report.pairs().isEmpty()) {
            add(new Div(new Span("Cohen's \u03ba: no pair of reviewers has judged a claim yet.")));
        }
    }

    private static Div line(String who, Agreement.Coefficient c) {
        var value = c.defined() ? String.format(Locale.ROOT, "%.2f", c.value()) : "\u2014 (" + c.note() + ")";
        var line = new Div(new Span(c.name() + who + ": " + value + " \u00b7 on " + c.claims() + " claim" + (c.claims() == 1 ? "" : "s")
                + (c.leftOut() > 0 ? " \u00b7 " + c.leftOut() + " left out: judged by one reviewer only" : "")));
        line.addClassName("coefficient");
        return line;
    }
}
