package org.claimtrace.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletService;
import org.claimtrace.article.ui.OutletFilter;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.attribution.ui.TypeFilter;
import org.claimtrace.claim.ClaimFilter;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.ClaimSummary;
import org.claimtrace.claim.ReviewStatus;
import org.claimtrace.review.NewSession;
import org.claimtrace.review.ReviewSession;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A new session: name, description, participants, double review, and the claims, found with the Claims view's
 * filters and picked one by one or all that match. Reports back through the callback; the view saves.
 */
class NewSessionDialog extends Dialog {

    private static final int ALL_MATCHING_MAX = 500;

    private final ClaimService claims;
    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final MultiSelectComboBox<String> participants = new MultiSelectComboBox<>("Participants");
    private final Checkbox doubleReview = new Checkbox("Double review: two reviewers give blind verdicts; a third settles disagreements");
    private final TextField text = new TextField();
    private final ComboBox<Outlet> outlet = new ComboBox<>();
    private final Select<AttributionTag> type = new Select<>();
    private final Select<ReviewStatus> status = new Select<>();
    private final Grid<ClaimSummary> found = new Grid<>();
    private final Map<Long, ClaimSummary> chosen = new LinkedHashMap<>();
    private final Span chosenText = new Span();

    NewSessionDialog(ClaimService claims, OutletService outlets, TagsetService tagset, List<String> reviewers,
                     BiConsumer<NewSession, NewSessionDialog> onCreate) {
        this.claims = claims;
        setHeaderTitle("New review session");
        setWidth("70rem");
        name.setMaxLength(ReviewSession.NAME_MAX);
        name.setRequired(true);
        description.setMaxLength(ReviewSession.DESCRIPTION_MAX);
        participants.setItems(reviewers);
        participants.setHelperText("Reviewers and administrators; you take part too");
        var form = new FormLayout(name, participants, description, doubleReview);
        form.setColspan(description, 2);
        form.setColspan(doubleReview, 2);
        add(new VerticalLayout(form, claimPicker(outlets, tagset)));
        var create = new Button("Create session", e -> onCreate.accept(new NewSession(name.getValue(), description.getValue(),
                doubleReview.getValue(), participants.getValue(), new ArrayList<>(chosen.keySet())), this));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), create);
        showChosen();
    }

    private VerticalLayout claimPicker(OutletService outlets, TagsetService tagset) {
        text.setPlaceholder("Search claims");
        text.setAriaLabel("Search claims");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        OutletFilter.configure(outlet, outlets);
        TypeFilter.configure(type, tagset);
        status.setItems(ReviewStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.name().charAt(0) + s.name().substring(1).toLowerCase().replace('_', ' '));
        status.setEmptySelectionAllowed(true);
        status.setAriaLabel("Review status");
        text.addValueChangeListener(e -> found.getDataProvider().refreshAll());
        outlet.addValueChangeListener(e -> found.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> found.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> found.getDataProvider().refreshAll());
        found.setId("claim-picker");
        found.addColumn(ClaimSummary::shortText).setHeader("Claim").setFlexGrow(4);
        found.addColumn(ClaimSummary::outlets).setHeader("Outlets").setFlexGrow(0).setWidth("6rem");
        found.addComponentColumn(s -> {
            var pick = new Button(chosen.containsKey(s.id()) ? "Remove" : "Add", e -> {
                if (chosen.remove(s.id()) == null) {
                    chosen.put(s.id(), s);
                }
                found.getDataProvider().refreshItem(s);
                showChosen();
            });
            pick.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return pick;
        }).setFlexGrow(0).setWidth("7rem");
        found.setItems(query -> claims.search(filter(), PageRequest.of(query.getPage(), query.getPageSize(),
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id")))).stream());
        found.setHeight("16rem");
        var addAll = new Button("Add all matching", e -> {
            claims.search(filter(), PageRequest.of(0, ALL_MATCHING_MAX, Sort.by("id"))).forEach(s -> chosen.put(s.id(), s));
            found.getDataProvider().refreshAll();
            showChosen();
        });
        var clear = new Button("Clear chosen", e -> {
            chosen.clear();
            found.getDataProvider().refreshAll();
            showChosen();
        });
        chosenText.setId("chosen-claims");
        var filters = new HorizontalLayout(text, outlet, type, status, addAll, clear);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new VerticalLayout(new Span("Claims to review"), filters, found, chosenText);
    }

    private ClaimFilter filter() {
        return new ClaimFilter(text.getValue(), outlet.getValue() == null ? null : outlet.getValue().getId(),
                type.getValue() == null ? null : type.getValue().getCode(), status.getValue());
    }

    private void showChosen() {
        chosenText.setText(chosen.isEmpty() ? "No claims chosen yet." : chosen.size() + " claim" + (chosen.size() == 1 ? "" : "s")
                + " chosen: " + chosen.values().stream().map(ClaimSummary::shortText).limit(5).reduce((a, b) -> a + "; " + b).orElse("")
                + (chosen.size() > 5 ? "; \u2026" : ""));
    }
}
