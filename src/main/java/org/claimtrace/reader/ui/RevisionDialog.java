package org.claimtrace.reader.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A corrected text for the article: edit the current one in place (or paste the outlet's new version).
 * The reader saves it as a new revision; the claims move to it and say how well they still fit.
 */
class RevisionDialog extends Dialog {

    final TextArea text = new TextArea("Corrected text");

    RevisionDialog(String currentText) {
        setHeaderTitle("New revision");
        setWidth("min(60rem, 95vw)");
        text.setValue(currentText);
        text.setWidthFull();
        text.setHeight("28rem");
        text.addClassName("import-text");
        add(new Paragraph("The current text stays readable as an earlier revision. Every claim is re-anchored: "
                + "unchanged ones stay, reworded ones ask you to confirm the new wording, removed ones are listed as orphaned."), text);
    }
}
