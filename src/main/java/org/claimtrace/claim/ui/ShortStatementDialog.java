package org.claimtrace.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.base.Notifications;
import org.claimtrace.base.Refusal;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.ClaimService;

/**
 * A new claim's short statement was made from the first whole words of a quote: the editor confirms it or
 * writes a better one (it is ClaimReview's claimReviewed, and goes into every export).
 */
class ShortStatementDialog extends Dialog {

    ShortStatementDialog(ClaimService claims, Claim claim) {
        setHeaderTitle("Name the new claim");
        var text = new TextField("Short statement");
        text.setMaxLength(Claim.SHORT_MAX);
        text.setValue(claim.getShortText());
        text.setWidthFull();
        text.setHelperText("At most " + Claim.SHORT_MAX + " characters: what is claimed, in your words");
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        add(new Paragraph("Proposed from the first words of the quote. Keep it, or write what the claim says."), text);
        var keep = new Button("Keep as it is", e -> close());
        var save = new Button("Save statement", e -> {
            try {
                claims.describe(claim.getId(), claim.getVersion(), text.getValue(), claim.getFullText(), claim.getClaimant());
                close();
                Notifications.success("Claim named \u201c" + text.getValue().strip() + "\u201d.");
            } catch (Refusal refused) {
                text.setInvalid(true);
                text.setErrorMessage(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(keep, save);
        setWidth("34rem");
    }
}
