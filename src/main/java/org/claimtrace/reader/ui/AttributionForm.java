package org.claimtrace.reader.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
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
import org.claimtrace.attribution.TypeImplications;
import org.claimtrace.attribution.TypeImplications.Field;
import org.claimtrace.attribution.ui.TagChip;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Every attribution field of the tagset, laid out for the common path: type, cue and source as written on
 * top; the finer sourcing fields in "More about the source", which opens by itself when the type asks for
 * them. What the type implies (an anonymous type is an anonymous source) is filled in unless the editor
 * chose otherwise. Examples are help text, never placeholders that look like values. It collects and
 * validates; the reader saves.
 */
class AttributionForm extends Div {

    static final String MORE = "More about the source";

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
    final Details more = new Details();
    private final Span moreSummary = new Span(MORE);
    private final Span anonymityWarning = new Span(VaadinIcon.WARNING.create(),
            new Span("Anonymous source without a stated reason. Record it if the text gives one; if not, that is a finding."));
    private final BeanValidationBinder<Attribution> binder = new BeanValidationBinder<>(Attribution.class);
    private final List<AttributionTag> tags;
    /** The on-record status the type filled in, so a later type change may replace it but never the editor's choice. */
    private OnRecord derivedOnRecord;
    private boolean reading;

    AttributionForm(List<AttributionTag> tags, Supplier<Optional<String>> currentSelection) {
        this.tags = tags;
        addClassName("attribution-form");
        type.setLabel("Attribution type");
        type.setItems(tags);
        type.setItemLabelGenerator(tag -> tag.getName() + (tag.getShortcutKey() == null ? "" : "  [" + tag.getShortcutKey() + "]"));
        type.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(TagChip::new));
        type.setHelperText("Required. Press its key in the text: 1\u20139, 0, u");
        binder.forField(type).asRequired("Choose how the annotation is attributed")
                .bind(a -> tags.stream().filter(t -> t.getCode().equals(a.getTypeCode())).findFirst().orElse(null),
                        (a, tag) -> a.setTypeCode(tag == null ? null : tag.getCode()));
        // still required (the binder refuses an empty type), but without Vaadin's required marker: the select
        // puts aria-required on its inner button, which axe-core reports as a critical violation
        type.setRequiredIndicatorVisible(false);
        labelled(affiliation, "Affiliation", Affiliation.values(), Affiliation::label);
        labelled(role, "Role", SourceRole.values(), SourceRole::label);
        labelled(onRecord, "On-record status", OnRecord.values(), OnRecord::label);
        labelled(stance, "Stance of the cue", Stance.values(), s -> s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT));
        sourceCount.setItems("1", "2", "3", "4", "5", "several");
        sourceCount.setAllowCustomValue(true);
        sourceCount.addCustomValueSetListener(e -> sourceCount.setValue(e.getDetail()));
        cue.setHelperText("The attributing words: said, told, according to, citing, reportedly\u2026");
        var cueFromText = new Button("Use selected words", VaadinIcon.CURSOR.create(),
                e -> currentSelection.get().ifPresent(cue::setValue));
        cueFromText.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cueFromText.setTooltipText("Select the cue words in the text, then press this to copy them here");
        cue.setSuffixComponent(cueFromText);
        sourceAsWritten.setHelperText("As the article words it, e.g. \u201cAmerican and allied officials\u201d");
        sourceName.setHelperText("When the source is named, e.g. \u201cJohn F. Kirby\u201d");
        sourceCount.setHelperText("\u201ctwo officials\u201d: 2; \u201cofficials\u201d: several");
        anonymityReason.setHelperText("As the text states it, e.g. \u201cnot authorized to discuss it\u201d");
        basisOfKnowledge.setHelperText("How the source knows, e.g. \u201cbriefed on the intelligence reports\u201d");
        relayedVia.setHelperText("The outlet passed on, e.g. \u201cNK News\u201d");
        note.setMaxLength(Attribution.NOTE_MAX);
        anonymityWarning.addClassName("anonymity-warning");
        binder.bindInstanceFields(this);
        binder.addValueChangeListener(e -> updateWarning());
        type.addValueChangeListener(e -> typeChanged());
        List.<HasValue<?, ?>>of(sourceName, affiliation, role, onRecord, sourceCount, anonymityReason, basisOfKnowledge,
                relayedVia, stance, note).forEach(field -> field.addValueChangeListener(e -> updateSummary()));

        var common = oneColumn(type, cue, sourceAsWritten);
        var finer = oneColumn(sourceName, affiliation, role, onRecord, sourceCount, anonymityReason, basisOfKnowledge,
                relayedVia, stance, note);
        more.setSummary(moreSummary);
        more.add(finer);
        more.addClassName("more-about-source");
        more.setWidthFull();
        add(common, anonymityWarning, more);
        updateWarning();
        updateSummary();
    }

    private static FormLayout oneColumn(com.vaadin.flow.component.Component... fields) {
        var layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return layout;
    }

    private static <T> void labelled(Select<T> select, String label, T[] values,
                                     com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        select.setLabel(label);
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("\u2014");
        select.setItemLabelGenerator(value -> value == null ? "\u2014" : labels.apply(value));
    }

    void read(Attribution attribution) {
        reading = true;
        try {
            binder.readBean(attribution);
        } finally {
            reading = false;
        }
        derivedOnRecord = null;
        more.setOpened(false);
        openIfAsked();
        updateWarning();
        updateSummary();
    }

    /** The attribution as filled in, or empty (with the fields marked) when it is not valid. */
    Optional<Attribution> write() {
        if (type.getValue() == null) {
            // checked here: the binder's required check is skipped while the required marker is hidden
            binder.validate();
            type.setErrorMessage("Choose how the annotation is attributed");
            type.setInvalid(true);
            return Optional.empty();
        }
        var attribution = new Attribution();
        try {
            binder.writeBean(attribution);
            type.setInvalid(false);
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

    private void typeChanged() {
        if (reading) {
            return;
        }
        var code = type.getValue() == null ? null : type.getValue().getCode();
        if (code != null) {
            type.setInvalid(false);
        }
        var implied = TypeImplications.onRecord(code).orElse(null);
        if (onRecord.getValue() == null || onRecord.getValue() == derivedOnRecord) {
            onRecord.setValue(implied);
            derivedOnRecord = implied;
        }
        openIfAsked();
    }

    private java.util.Set<Field> asked() {
        return TypeImplications.asks(type.getValue() == null ? null : type.getValue().getCode());
    }

    private void openIfAsked() {
        if (!asked().isEmpty()) {
            more.setOpened(true);
        }
    }

    private long filledFinerFields() {
        return Stream.of(sourceName.getValue(), affiliation.getValue(), role.getValue(), onRecord.getValue(),
                        sourceCount.getValue(), anonymityReason.getValue(), basisOfKnowledge.getValue(), relayedVia.getValue(),
                        stance.getValue(), note.getValue())
                .filter(v -> v != null && !(v instanceof String s && s.isBlank())).count();
    }

    private void updateSummary() {
        long filled = filledFinerFields();
        moreSummary.setText(filled == 0 ? MORE : MORE + " (" + filled + " filled)");
    }

    private void updateWarning() {
        var probe = new Attribution(type.getValue() == null ? null : type.getValue().getCode());
        probe.setOnRecord(onRecord.getValue());
        probe.setAnonymityReason(anonymityReason.getValue());
        anonymityWarning.setVisible(probe.isAnonymousWithoutReason());
    }
}
