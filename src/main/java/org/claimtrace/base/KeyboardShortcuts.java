package org.claimtrace.base;

import java.util.List;

/** A view with keys of its own, listed in the keyboard help that "?" opens anywhere on its page. */
public interface KeyboardShortcuts {

    /** One line of the help: the keys and what they do. */
    record Shortcut(String keys, String does) {
    }

    List<Shortcut> keyboardShortcuts();
}
