package org.claimtrace.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.claimtrace.attribution.Affiliation;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.OnRecord;
import org.claimtrace.attribution.SourceRole;
import org.claimtrace.attribution.Stance;
import org.claimtrace.attribution.ui.TagChip;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Every attribution field of docs/domain.md. It collects and validates; the reader saves. */
class AttributionForm extends FormLayout {

    final Select<AttributionTag> type = new Select<>();
    final TextField cue = new TextField("Cue");
    final TextField sourceAsWritten = new TextField("Source as written");
    final TextField sourceName = new TextField("Source name");
    final Select<Affiliation> affiliation = new Select<>();
    final Select<SourceRole> role = new Select<>();
    final Select<OnRecord> onRecord = new Select<>();
    final ComboBox<String> sourceCount = new ComboBox<>("Number of sources");
    final TextField anonymityReason = new TextField("Anonymity reason");
    final TextField basisOfKnowledge = new TextField("Basis of knowledge");
    final TextField relayedVia = new TextField("Relayed via");
    final Select<Stance> stance = new Select<>();
    final TextArea note = new TextArea("Note");
    private final Span anonymityWarning = new Span(VaadinIcon.WARNING.create(),
            new Span("Anonymous source without a stated reason. Record it if the text gives one; if not, that is a finding."));
    private final BeanValidationBinder<Attribution> binder = new BeanValidationBinder<>(Attribution.class);
    private final List<AttributionTag> tags;

    AttributionForm(List<AttributionTag> tags, Supplier<Optional<String>> currentSelection) {
        this.tags = tags;
        type.setLabel("Attribution type");
        type.setItems(tags);
        type.setItemLabelGenerator(tag -> tag.getName() + (tag.getShortcutKey() == null ? "" : "  [" + tag.getShortcutKey() + "]"));
        type.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(TagChip::new));
        type.setRequiredIndicatorVisible(true);
        binder.forField(type).asRequired("Choose how the claim is attributed")
                .bind(a -> tags.stream().filter(t -> t.getCode().equals(a.getTypeCode())).findFirst().orElse(null),
                        (a, tag) -> a.setTypeCode(tag == null ? null : tag.getCode()));
        labelled(affiliation, "Affiliation", Affiliation.values(), Affiliation::label);
        labelled(role, "Role", SourceRole.values(), SourceRole::label);
        labelled(onRecord, "On-record status", OnRecord.values(), OnRecord::label);
        labelled(stance, "Stance of the cue", Stance.values(), s -> s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT));
        sourceCount.setItems("1", "2", "3", "4", "5", "several");
        sourceCount.setAllowCustomValue(true);
        sourceCount.addCustomValueSetListener(e -> sourceCount.setValue(e.getDetail()));
        cue.setHelperText("said, told, according to, citing, reportedly…");
        var cueFromText = new Button("Use selected words", VaadinIcon.CURSOR.create(),
                e -> currentSelection.get().ifPresent(cue::setValue));
        cueFromText.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cueFromText.setTooltipText("Select the cue words in the text, then press this to copy them here");
        cue.setSuffixComponent(cueFromText);
        sourceAsWritten.setPlaceholder("American and allied officials");
        anonymityReason.setPlaceholder("not authorized to discuss it");
        basisOfKnowledge.setPlaceholder("briefed on the intelligence reports");
        note.setMaxLength(Attribution.NOTE_MAX);
        anonymityWarning.addClassName("anonymity-warning");
        binder.bindInstanceFields(this);
        binder.addValueChangeListener(e -> updateWarning());
        add(type, cue, sourceAsWritten, sourceName, affiliation, role, onRecord, sourceCount, anonymityReason,
                basisOfKnowledge, relayedVia, stance, note, anonymityWarning);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        updateWarning();
    }

    private static <T> void labelled(Select<T> select, String label, T[] values,
                                     com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("—");
        select.setItemLabelGenerator(value -> value == null ? "—" : labels.apply(value));
    }

    void read(Attribution attribution) {
        binder.readBean(attribution);
        updateWarning();
    }

    /** The attribution as filled in, or empty (with the fields marked) when it is not valid. */
    Optional<Attribution> write() {
        var attribution = new Attribution();
        try {
            binder.writeBean(attribution);
            return Optional.of(attribution);
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** A tagset key pressed while the form is open picks that type. */
    boolean pickTypeByKey(String key) {
        var tag = tags.stream().filter(t -> key.equals(t.getShortcutKey())).findFirst();
        tag.ifPresent(type::setValue);
        return tag.isPresent();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    boolean isAnonymityWarningShown() {
        return anonymityWarning.isVisible();
    }

    private void updateWarning() {
        var probe = new Attribution(type.getValue() == null ? null : type.getValue().getCode());
        probe.setOnRecord(onRecord.getValue());
        probe.setAnonymityReason(anonymityReason.getValue());
        anonymityWarning.setVisible(probe.isAnonymousWithoutReason());
    }
}
