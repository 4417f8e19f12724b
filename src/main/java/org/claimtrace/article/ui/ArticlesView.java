package org.claimtrace.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.ArticleSummary;
import org.claimtrace.base.NewsroomDates;

import java.util.List;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

@Route("articles")
@RouteAlias("")
@PageTitle("Articles · Claimtrace")
@PermitAll
class ArticlesView extends VerticalLayout {

    private final ArticleService articles;
    private final Grid<ArticleSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    ArticlesView(ArticleService articles, AccessAnnotationChecker access) {
        this.articles = articles;
        setSizeFull();
        add(createToolbar(access), configureGrid());
    }

    private HorizontalLayout createToolbar(AccessAnnotationChecker access) {
        search.setPlaceholder("Search headline, outlet or text");
        search.setAriaLabel("Search articles");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var toolbar = new HorizontalLayout(search);
        if (access.hasAccess(ImportView.class)) {
            var importButton = new Button("Import article", VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)));
            importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(importButton);
        }
        toolbar.setWidthFull();
        return toolbar;
    }

    private Grid<ArticleSummary> configureGrid() {
        grid.setId("articles");
        var headline = grid.addColumn(ArticleSummary::headline).setHeader("Headline").setFlexGrow(4)
                .setSortable(true).setSortProperty("headline").setTooltipGenerator(ArticleSummary::headline);
        grid.addColumn(ArticleSummary::outletName).setHeader("Outlet").setFlexGrow(1);
        var published = grid.addColumn(summary -> NewsroomDates.published(summary.published().orElse(null)))
                .setHeader("Published").setFlexGrow(1).setSortable(true).setSortProperty("publishedAt");
        grid.addColumn(ArticleSummary::claimCount).setHeader("Annotations").setFlexGrow(0).setWidth("9rem")
                .setTooltipGenerator(s -> s.claimCount() + " highlighted spans in this article");
        grid.setItems(query -> articles.search(search.getValue(), toSpringPageRequest(query)).stream());
        grid.sort(List.of(new GridSortOrder<>(published, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText("No articles match. Import one, or clear the search.");
        grid.setSizeFull();
        headline.setAutoWidth(false);
        return grid;
    }

    private void open(ArticleSummary article) {
        getUI().ifPresent(ui -> ui.navigate("articles/" + article.id()));
    }
}
