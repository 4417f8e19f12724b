package org.claimtrace.annotation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.annotation.AnnotationFilter;
import org.claimtrace.annotation.AnnotationListing;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletService;
import org.claimtrace.article.ui.OutletFilter;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.OnRecord;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.attribution.ui.TagChip;
import org.claimtrace.attribution.ui.TypeFilter;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.base.Snippets;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every annotation in the corpus, linked to a claim or not: a lazy grid filtered in the database by outlet,
 * attribution type, on-record status, whether it is part of a claim, and words of its quote, cue or source.
 * A row opens the annotation in the reader.
 */
@Route("annotations")
@PageTitle("Annotations \u00b7 Claimtrace")
@PermitAll
class AnnotationsView extends VerticalLayout {

    static final String IN_A_CLAIM = "In a claim";
    static final String NOT_IN_A_CLAIM = "Not in a claim";

    private final ClaimAnnotationService annotations;
    private final Map<String, AttributionTag> tags;
    private final Grid<AnnotationListing> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<Outlet> outlet = new ComboBox<>();
    private final Select<AttributionTag> type = new Select<>();
    private final Select<OnRecord> onRecord = new Select<>();
    private final Select<String> linked = new Select<>();
    private final Span count = new Span();

    AnnotationsView(ClaimAnnotationService annotations, OutletService outlets, TagsetService tagset) {
        this.annotations = annotations;
        this.tags = tagset.list().stream().collect(Collectors.toMap(AttributionTag::getCode, Function.identity()));
        setSizeFull();
        add(createFilters(outlets, tagset), count, configureGrid());
        refresh();
    }

    private HorizontalLayout createFilters(OutletService outlets, TagsetService tagset) {
        text.setPlaceholder("Search quote, cue, source");
        text.setAriaLabel("Search the quote, cue and source as written");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setWidth("18rem");
        OutletFilter.configure(outlet, outlets);
        TypeFilter.configure(type, tagset);
        onRecord.setItems(OnRecord.values());
        onRecord.setItemLabelGenerator(r -> r == null ? "Any on-record status" : r.label());
        onRecord.setEmptySelectionAllowed(true);
        onRecord.setEmptySelectionCaption("Any on-record status");
        onRecord.setAriaLabel("On-record status");
        linked.setItems(IN_A_CLAIM, NOT_IN_A_CLAIM);
        linked.setEmptySelectionAllowed(true);
        linked.setEmptySelectionCaption("In a claim or not");
        linked.setItemLabelGenerator(v -> v == null ? "In a claim or not" : v);
        linked.setAriaLabel("Part of a claim");
        text.addValueChangeListener(e -> refresh());
        outlet.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        onRecord.addValueChangeListener(e -> refresh());
        linked.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(text, outlet, type, onRecord, linked);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        count.addClassName("hint");
        count.setId("annotation-count");
        return filters;
    }

    private Grid<AnnotationListing> configureGrid() {
        grid.setId("annotations");
        grid.addColumn(a -> Snippets.cut(a.quote(), 140)).setHeader("Quote").setFlexGrow(5)
                .setTooltipGenerator(AnnotationListing::quote);
        grid.addComponentColumn(a -> tags.containsKey(a.typeCode()) ? new TagChip(tags.get(a.typeCode()), false) : new Span(a.typeCode()))
                .setHeader("Attribution").setFlexGrow(2);
        grid.addColumn(a -> a.sourceAsWritten() == null ? "" : a.sourceAsWritten()).setHeader("Source as written").setFlexGrow(2)
                .setTooltipGenerator(a -> a.sourceAsWritten() == null ? "" : a.sourceAsWritten());
        grid.addColumn(a -> a.cue() == null ? "" : a.cue()).setHeader("Cue").setFlexGrow(1);
        grid.addColumn(a -> a.onRecord() == null ? "" : a.onRecord().label()).setHeader("On record").setFlexGrow(1);
        grid.addColumn(AnnotationListing::outlet).setHeader("Outlet").setFlexGrow(1)
                .setTooltipGenerator(a -> a.outlet() + ": " + a.headline());
        grid.addColumn(a -> NewsroomDates.day(a.published().orElse(null))).setHeader("Published").setFlexGrow(1)
                .setTooltipGenerator(a -> NewsroomDates.published(a.published().orElse(null)));
        grid.addColumn(a -> a.claimId() == null ? "" : "in a claim").setHeader("Claim").setFlexGrow(0).setWidth("7rem")
                .setTooltipGenerator(a -> a.claimId() == null ? "Not an appearance of any claim yet" : "Appearance of a claim carried by other outlets too");
        grid.setItems(query -> annotations.list(filter(), query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("articles/" + e.getItem().articleId(),
                QueryParameters.of("annotation", Long.toString(e.getItem().id())))));
        grid.setEmptyStateText("No annotations match. Clear a filter, or annotate an article in the reader.");
        grid.setSizeFull();
        return grid;
    }

    private void refresh() {
        long n = annotations.count(filter());
        count.setText(n == 1 ? "1 annotation" : String.format(java.util.Locale.ROOT, "%,d annotations", n));
        grid.getDataProvider().refreshAll();
    }

    private AnnotationFilter filter() {
        return new AnnotationFilter(text.getValue(), outlet.getValue() == null ? null : outlet.getValue().getId(),
                type.getValue() == null ? null : type.getValue().getCode(), onRecord.getValue(),
                linked.getValue() == null ? null : IN_A_CLAIM.equals(linked.getValue()));
    }
}
