package org.claimtrace.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The reader's keyboard shortcuts, opened with ? or the Keyboard button. */
class KeyboardHelp extends Dialog {

    private static final String[][] KEYS = {
            {"Click, arrows", "put the caret in the text"},
            {"Shift + arrows", "extend the selection by character (Ctrl + Shift + arrows: by word)"},
            {"s", "select the sentence at the caret"},
            {"n", "new claim from the selection"},
            {"1 \u2013 9, 0, u", "pick the attribution type (see the legend)"},
            {"j / k", "next / previous claim"},
            {"a / x", "accept / dismiss the focused suggestion"},
            {"Delete", "delete the open claim (with undo)"},
            {"Esc", "close the panel"},
            {"?", "this help"},
    };

    KeyboardHelp() {
        setHeaderTitle("Keyboard shortcuts");
        var table = new Div();
        table.addClassName("keyboard-help");
        for (var row : KEYS) {
            var key = new Span(row[0]);
            key.addClassName("key");
            table.add(new Div(key, new Span(row[1])));
        }
        add(table);
        getFooter().add(new Button("Close", e -> close()));
    }
}
