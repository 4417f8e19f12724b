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
import org.claimtrace.article.ClaimCounter;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
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

    ArticlesView(ArticleService articles, AccessAnnotationChecker access, ClaimCounter counter,
                 AuthenticationContext authentication) {
        this.articles = articles;
        setSizeFull();
        var user = authentication.getPrincipalName().orElse("");
        boolean dismissed = Boolean.TRUE.equals(VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getAttribute(HINT_DISMISSED));
        if (!dismissed && !counter.hasAnnotated(user)) {
            add(firstRunHint());
        }
        add(createToolbar(access), configureGrid());
    }

    static final String HINT_DISMISSED = "claimtrace.first-run-hint-dismissed";

    /** For a user who has not annotated anything yet: what the seeds are and how to make a first annotation. */
    private Div firstRunHint() {
        var hint = new Div();
        hint.addClassName("first-run-hint");
        hint.setId("first-run-hint");
        hint.getElement().setAttribute("role", "note");
        var text = new Paragraph("New here? The two seed articles tell one story \u2014 Kim Jong-un's planned trip to meet "
                + "Vladimir Putin \u2014 as The New York Times and GZERO Media wrote it, sourced differently. Open one, drag over "
                + "a sentence and press New annotation (or accept a dashed suggestion), pick how it is attributed, and save. "
                + "Then link it to the other outlet's version from the Matches tab: that makes a claim.");
        var help = new Anchor("help", "How attribution types work, with examples");
        var hide = new Button("Hide", e -> {
            VaadinSession.getCurrent().setAttribute(HINT_DISMISSED, true);
            remove(hint);
        });
        hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        hint.add(text, new Div(help, hide));
        return hint;
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
