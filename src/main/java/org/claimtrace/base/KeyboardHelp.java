package org.claimtrace.base;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The keyboard help: the current view's keys, then those that work everywhere. "?" opens it on any page. */
public class KeyboardHelp extends Dialog {

    static final List<KeyboardShortcuts.Shortcut> EVERYWHERE = List.of(
            new KeyboardShortcuts.Shortcut("?", "this help, from anywhere but a text field"),
            new KeyboardShortcuts.Shortcut("Tab / Shift + Tab", "move between controls"),
            new KeyboardShortcuts.Shortcut("Esc", "close a dialog"));

    public KeyboardHelp(List<KeyboardShortcuts.Shortcut> viewKeys) {
        setHeaderTitle("Keyboard shortcuts");
        var table = new Div();
        table.addClassName("keyboard-help");
        var all = new ArrayList<>(viewKeys);
        EVERYWHERE.stream().filter(s -> viewKeys.stream().noneMatch(v -> v.keys().equals(s.keys()))).forEach(all::add);
        for (var row : all) {
            var key = new Span(row.keys());
            key.addClassName("key");
            table.add(new Div(key, new Span(row.does())));
        }
        add(table);
        getFooter().add(new Button("Close", e -> close()));
    }

    /** Listens for "?" on the whole page (frontend/keyboard-help.ts) and opens the help for what is shown. */
    @Tag("ct-keys")
    @JsModule("./keyboard-help.ts")
    static class Key extends Component {

        private final Supplier<List<KeyboardShortcuts.Shortcut>> viewKeys;

        Key(Supplier<List<KeyboardShortcuts.Shortcut>> viewKeys) {
            this.viewKeys = viewKeys;
        }

        @ClientCallable
        void help() {
            new KeyboardHelp(viewKeys.get()).open();
        }
    }
}
