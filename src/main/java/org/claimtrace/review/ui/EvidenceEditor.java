package org.claimtrace.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.review.Evidence;
import org.claimtrace.review.EvidenceLink;
import org.claimtrace.review.ReviewService;

import java.util.ArrayList;
import java.util.List;

/** Several evidence links, each a URL and a note on what it shows; rows are added and removed in place. */
class EvidenceEditor extends Div {

    private record Row(TextField url, TextField note, HorizontalLayout layout) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add = new Button("Add evidence", VaadinIcon.PLUS.create(), e -> addRow(new EvidenceLink("", "")));
    private boolean changed;

    EvidenceEditor() {
        addClassName("evidence-editor");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(list, add);
    }

    void read(List<EvidenceLink> links) {
        if (!changed && value().equals(links)) {
            return; // the same links already shown, untouched: nothing to build again or send
        }
        rows.clear();
        list.removeAll();
        links.forEach(this::addRow);
        changed = false;
    }

    List<EvidenceLink> value() {
        return rows.stream().map(r -> new EvidenceLink(r.url().getValue(), r.note().getValue())).toList();
    }

    boolean hasChanges() {
        return changed;
    }

    void setReadOnly(boolean readOnly) {
        rows.forEach(r -> {
            r.url().setReadOnly(readOnly);
            r.note().setReadOnly(readOnly);
        });
        add.setVisible(!readOnly && rows.size() < ReviewService.EVIDENCE_MAX);
        list.getChildren().forEach(c -> c.getChildren().filter(Button.class::isInstance).forEach(b -> b.setVisible(!readOnly)));
    }

    private void addRow(EvidenceLink link) {
        var url = new TextField();
        url.setPlaceholder("https://\u2026");
        url.setAriaLabel("Evidence URL");
        url.setMaxLength(Evidence.URL_MAX);
        url.setValue(link.url() == null ? "" : link.url());
        url.setWidth("22rem");
        var note = new TextField();
        note.setPlaceholder("What it shows");
        note.setAriaLabel("Evidence note");
        note.setMaxLength(Evidence.NOTE_MAX);
        note.setValue(link.note() == null ? "" : link.note());
        note.setWidth("18rem");
        var layout = new HorizontalLayout(url, note);
        var row = new Row(url, note, layout);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            rows.remove(row);
            list.remove(layout);
            changed = true;
        });
        remove.setAriaLabel("Remove this evidence");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        layout.add(remove);
        url.addValueChangeListener(e -> changed |= e.isFromClient());
        note.addValueChangeListener(e -> changed |= e.isFromClient());
        rows.add(row);
        list.add(layout);
        changed = changed || link.url() == null || link.url().isEmpty();
    }
}
