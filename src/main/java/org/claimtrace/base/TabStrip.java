package org.claimtrace.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A row of tabs as plain buttons in an ARIA tablist: what the reader's panel switches between. (Vaadin's
 * tabs put an element in the tablist that axe-core reports as a critical "aria-required-children"
 * violation; these have only tabs in it.)
 */
public class TabStrip extends Div {

    private final List<NativeButton> tabs = new ArrayList<>();
    private final List<Consumer<NativeButton>> listeners = new ArrayList<>();
    private NativeButton selected;

    public TabStrip(String label) {
        addClassName("tab-strip");
        getElement().setAttribute("role", "tablist");
        getElement().setAttribute("aria-label", label);
    }

    public NativeButton addTab(String label) {
        var tab = new NativeButton(label);
        tab.addClassName("tab");
        tab.getElement().setAttribute("role", "tab");
        tab.getElement().setAttribute("type", "button");
        tab.addClickListener(e -> select(tab));
        tabs.add(tab);
        add(tab);
        if (selected == null) {
            mark(tab);
        } else {
            tab.getElement().setAttribute("aria-selected", "false");
        }
        return tab;
    }

    public void select(NativeButton tab) {
        if (tab == selected) {
            return;
        }
        mark(tab);
        listeners.forEach(l -> l.accept(tab));
    }

    public NativeButton selected() {
        return selected;
    }

    public void onSelect(Consumer<NativeButton> listener) {
        listeners.add(listener);
    }

    /** The tabs shown (a hidden tab is left out). */
    public long visibleCount() {
        return tabs.stream().filter(NativeButton::isVisible).count();
    }

    private void mark(NativeButton tab) {
        selected = tab;
        for (var t : tabs) {
            t.getElement().setAttribute("aria-selected", Boolean.toString(t == tab));
            t.getElement().setAttribute("tabindex", t == tab ? "0" : "-1");
            if (t == tab) {
                t.addClassName("selected");
            } else {
                t.removeClassName("selected");
            }
        }
    }
}
