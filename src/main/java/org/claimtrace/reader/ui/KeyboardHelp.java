package org.claimtrace.reader.ui;

import org.claimtrace.base.KeyboardShortcuts.Shortcut;

import java.util.List;

/** The reader's keys, as the keyboard help lists them. */
final class KeyboardHelp {

    static final List<Shortcut> READER = List.of(
            new Shortcut("Click, arrows", "put the caret in the text"),
            new Shortcut("Shift + arrows", "extend the selection by character (Ctrl + Shift + arrows: by word)"),
            new Shortcut("s", "select the sentence at the caret"),
            new Shortcut("n", "new annotation from the selection"),
            new Shortcut("1 \u2013 9, 0, u", "pick the attribution type (see the legend)"),
            new Shortcut("j / k", "next / previous annotation"),
            new Shortcut("a / x", "accept / dismiss the focused suggestion"),
            new Shortcut("Delete", "delete the open annotation (with undo)"),
            new Shortcut("Esc", "close the editor"),
            new Shortcut("?", "this help, from anywhere but a text field"));

    private KeyboardHelp() {
    }

    static org.claimtrace.base.KeyboardHelp forReader() {
        return new org.claimtrace.base.KeyboardHelp(READER);
    }
}
