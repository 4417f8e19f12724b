package org.claimtrace.claim.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletService;
import org.claimtrace.article.ui.OutletFilter;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.attribution.ui.TypeFilter;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.claim.ClaimFilter;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.ClaimSummary;
import org.claimtrace.claim.ReviewStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every cross-outlet claim: how widely and how it is carried, filtered by outlet, type, status or text. */
@Route("claims")
@PageTitle("Claims · Claimtrace")
@PermitAll
class ClaimsView extends VerticalLayout {


    private final ClaimService claims;
    private final Map<String, AttributionTag> tags;
    private final Grid<ClaimSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<Outlet> outlet = new ComboBox<>();
    private final Select<AttributionTag> type = new Select<>();
    private final Select<ReviewStatus> status = new Select<>();

    ClaimsView(ClaimService claims, OutletService outlets, TagsetService tagset) {
        this.claims = claims;
        this.tags = tagset.list().stream().collect(Collectors.toMap(AttributionTag::getCode, Function.identity()));
        setSizeFull();
        add(createFilters(outlets, tagset), configureGrid());
    }

    private HorizontalLayout createFilters(OutletService outlets, TagsetService tagset) {
        text.setPlaceholder("Search statements and quotes");
        text.setAriaLabel("Search claims by statement or by a quote of their appearances");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        OutletFilter.configure(outlet, outlets);
        TypeFilter.configure(type, tagset);
        status.setItems(ReviewStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : label(s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setAriaLabel("Review status");
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        outlet.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        return new HorizontalLayout(text, outlet, type, status);
    }

    private Grid<ClaimSummary> configureGrid() {
        grid.setId("claims");
        grid.addColumn(ClaimSummary::shortText).setHeader("Claim").setFlexGrow(4).setSortable(true).setSortProperty("shortText")
                .setTooltipGenerator(ClaimSummary::shortText);
        grid.addColumn(ClaimSummary::outlets).setHeader("Outlets").setFlexGrow(0).setWidth("7rem");
        grid.addColumn(ClaimSummary::origins).setHeader("Origins").setFlexGrow(0).setWidth("7rem")
                .setTooltipGenerator(s -> "Syndicated copies of one story count as one origin");
        grid.addColumn(ClaimSummary::appearances).setHeader("Appearances").setFlexGrow(0).setWidth("9rem");
        grid.addColumn(s -> s.firstPublished() == null ? "\u2014" : NewsroomDates.day(s.firstPublished()) + " \u00b7 " + s.firstOutlet())
                .setHeader("First appearance").setFlexGrow(2)
                .setTooltipGenerator(s -> s.firstPublished() == null ? "No dated appearance"
                        : NewsroomDates.published(s.firstPublished()) + ", " + s.firstOutlet());
        grid.addColumn(s -> s.attributionMix().entrySet().stream()
                        .map(e -> (tags.containsKey(e.getKey()) ? tags.get(e.getKey()).getName() : e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", ")))
                .setHeader("Attribution").setFlexGrow(3)
                .setTooltipGenerator(s -> s.attributionMix().entrySet().stream()
                        .map(e -> (tags.containsKey(e.getKey()) ? tags.get(e.getKey()).getName() : e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
        grid.addColumn(s -> label(s.reviewStatus())).setHeader("Review").setFlexGrow(1);
        grid.setItems(query -> {
            var page = toSpringPageRequest(query);
            // the id breaks ties, so consecutive pages never repeat or skip a claim
            var sort = (page.getSort().isSorted() ? page.getSort() : Sort.by(Sort.Direction.DESC, "createdAt"))
                    .and(Sort.by(Sort.Direction.DESC, "id"));
            var sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), sort);
            return claims.search(filter(), sorted).stream();
        });
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("claims/" + e.getItem().id())));
        grid.setEmptyStateText("No claims match. Link annotations in the reader to make claims.");
        grid.setSizeFull();
        return grid;
    }

    private ClaimFilter filter() {
        return new ClaimFilter(text.getValue(), outlet.getValue() == null ? null : outlet.getValue().getId(),
                type.getValue() == null ? null : type.getValue().getCode(), status.getValue());
    }

    static String label(ReviewStatus status) {
        return switch (status) {
            case UNSTARTED -> "Unstarted";
            case IN_PROGRESS -> "In progress";
            case REVIEWED -> "Reviewed";
        };
    }
}
