package org.claimtrace.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.claimtrace.claim.Verdict;
import org.claimtrace.review.EvidenceLink;
import org.claimtrace.review.ReviewItem;

import java.util.List;
import java.util.Objects;

/**
 * A verdict (by name, with its 1–5 rating), its rationale and evidence. Reports what the reviewer asks for through
 * the callback; the page saves. Knows whether the reviewer changed anything since it was filled, so a change made
 * elsewhere never overwrites what they typed.
 */
class VerdictForm extends Div {

    interface Submit {
        void save(Verdict verdict, String rationale, List<EvidenceLink> evidence, boolean markReviewed);
    }

    private final Select<Verdict> verdict = new Select<>();
    private final TextArea rationale = new TextArea("Rationale");
    private final EvidenceEditor evidence = new EvidenceEditor();
    private final Button save = new Button("Save verdict");
    private final Button saveReviewed = new Button("Save and mark reviewed");
    private final H4 title = new H4();
    private final boolean offerMarkReviewed;
    private Verdict readVerdict;
    private String readRationale = "";

    VerdictForm(String id, Submit submit, boolean offerMarkReviewed) {
        this.offerMarkReviewed = offerMarkReviewed;
        setId(id);
        addClassName("verdict-form");
        verdict.setLabel("Verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(Verdicts::label);
        verdict.setPlaceholder("Choose a verdict");
        verdict.setWidth("18rem");
        rationale.setMaxLength(ReviewItem.RATIONALE_MAX);
        rationale.setWidthFull();
        rationale.setMinHeight("6rem");
        rationale.setHelperText("Required with a verdict: why, so others can check it");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit.save(verdict.getValue(), rationale.getValue(), evidence.value(), false));
        saveReviewed.addClickListener(e -> submit.save(verdict.getValue(), rationale.getValue(), evidence.value(), true));
        saveReviewed.setVisible(offerMarkReviewed);
        add(title, verdict, rationale, new Div(new com.vaadin.flow.component.html.Span("Evidence")), evidence, new Div(save, saveReviewed));
    }

    void setHeading(String text) {
        title.setText(text);
    }

    void read(Verdict value, String why, List<EvidenceLink> links) {
        readVerdict = value;
        readRationale = why == null ? "" : why;
        verdict.setValue(value);
        rationale.setValue(readRationale);
        evidence.read(links);
    }

    boolean hasChanges() {
        return !Objects.equals(verdict.getValue(), readVerdict) || !rationale.getValue().equals(readRationale) || evidence.hasChanges();
    }

    void setReadOnly(boolean readOnly) {
        verdict.setReadOnly(readOnly);
        rationale.setReadOnly(readOnly);
        evidence.setReadOnly(readOnly);
        save.setVisible(!readOnly);
        saveReviewed.setVisible(!readOnly && offerMarkReviewed);
    }
}
