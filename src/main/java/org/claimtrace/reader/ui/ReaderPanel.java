package org.claimtrace.reader.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import org.claimtrace.base.TabStrip;
import org.claimtrace.base.UndoBar;

/**
 * The reader's side panel: what can be undone on top, then either the article's lists (annotations,
 * suggestions) or, while one is open, the editor, which takes the whole panel so it is always in view
 * and never below a scrolled list.
 */
class ReaderPanel extends Div {

    static final String ANNOTATIONS = "Annotations";
    static final String SUGGESTIONS = "Suggestions";

    private final AnnotationEditor editor;
    private final Div lists = new Div();
    private final TabStrip tabs = new TabStrip("Lists of this article");
    private final NativeButton annotationsTab;
    private final NativeButton suggestionsTab;

    ReaderPanel(UndoBar undo, AnnotationEditor editor, ClaimList annotations, SuggestionList suggestions) {
        this.editor = editor;
        addClassName("reader-aside");
        getElement().setAttribute("role", "complementary");
        getElement().setAttribute("aria-label", "Annotations of this article");
        lists.addClassName("reader-lists");
        lists.setId("reader-lists");
        var page = new Div(annotations);
        page.addClassName("tab-page");
        page.getElement().setAttribute("role", "tabpanel");
        annotationsTab = tabs.addTab(ANNOTATIONS);
        suggestionsTab = suggestions == null ? null : tabs.addTab(SUGGESTIONS);
        if (suggestions != null) {
            page.add(suggestions);
            suggestions.setVisible(false);
        }
        // both lists stay attached; a tab only shows one (a virtual list re-attached while hidden broke the page)
        tabs.onSelect(tab -> {
            annotations.setVisible(tab == annotationsTab);
            if (suggestions != null) {
                suggestions.setVisible(tab == suggestionsTab);
            }
        });
        lists.add(tabs, page);
        editor.setVisible(false);
        add(undo, editor, lists);
    }

    void showEditor() {
        lists.setVisible(false);
        editor.setVisible(true);
    }

    void showLists() {
        editor.setVisible(false);
        lists.setVisible(true);
    }

    void counts(int annotations, int suggestions) {
        annotationsTab.setText(ANNOTATIONS + " (" + annotations + ")");
        if (suggestionsTab != null) {
            suggestionsTab.setText(SUGGESTIONS + " (" + suggestions + ")");
        }
    }

    boolean showingSuggestions() {
        return suggestionsTab != null && tabs.selected() == suggestionsTab;
    }

    /** A clickable row that the keyboard reaches too: Tab to it, Enter or Space opens it. */
    static void keyboardActivated(Component row, Runnable open) {
        row.getElement().setAttribute("tabindex", "0");
        row.getElement().setAttribute("role", "button");
        row.getElement().addEventListener("keydown", e -> open.run())
                .setFilter("event.key === 'Enter' || event.key === ' '").preventDefault();
    }
}
