package org.claimtrace.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.ArticleSummary;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletService;
import org.claimtrace.base.Notifications;
import org.claimtrace.base.RejectedException;
import org.claimtrace.claim.ClaimFilter;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.ClaimSummary;
import org.claimtrace.report.ReportPeriod;
import org.claimtrace.report.ReportService;
import org.springframework.data.domain.PageRequest;

import java.time.LocalDate;
import java.util.Map;

/** The Reports area: choose a claim, an article, an outlet and a period, or outlets to compare. */
@Route("reports")
@PageTitle("Reports · Claimtrace")
@PermitAll
class ReportsView extends Div {

    private final ComboBox<Outlet> outlet = new ComboBox<>("Outlet");

    ReportsView(ClaimService claims, ArticleService articles, OutletService outlets, ReportService reports) {
        addClassName("reports-area");
        add(claimCard(claims), articleCard(articles), outletCard(outlets, reports.defaultPeriod()), compareCard());
    }

    private static Section card(String id, String title, String what) {
        var card = new Section(new H3(title), new Paragraph(what));
        card.setId(id);
        card.addClassName("report-card");
        return card;
    }

    private Section claimCard(ClaimService claims) {
        var card = card("claim-reports", "Claim sourcing report", "Where a claim first appeared, every outlet carrying it, how many "
                + "independent origins stand behind them, flags and an anonymity audit.");
        var claim = new ComboBox<ClaimSummary>("Claim");
        claim.setId("report-claim");
        claim.setWidth("100%");
        claim.setItems(query -> claims.search(new ClaimFilter(query.getFilter().orElse(""), null, null, null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        claim.setItemLabelGenerator(s -> s.shortText() + " (" + s.outlets() + " outlet" + (s.outlets() == 1 ? "" : "s") + ")");
        var open = new Button("Open report", e -> {
            if (claim.getValue() == null) {
                Notifications.error("Choose a claim first.");
                return;
            }
            UI.getCurrent().navigate("reports/claims/" + claim.getValue().id());
        });
        open.setId("open-claim-report");
        card.add(claim, open);
        return card;
    }

    private Section articleCard(ArticleService articles) {
        var card = card("article-reports", "Article report", "The mix of attribution types, on the record, anonymity, a "
                + "transparency score, and which other outlets carry its claims.");
        var article = new ComboBox<ArticleSummary>("Article");
        article.setId("report-article");
        article.setWidth("100%");
        article.setItems(query -> articles.search(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        article.setItemLabelGenerator(s -> s.outletName() + ": " + s.headline());
        var open = new Button("Open report", e -> {
            if (article.getValue() == null) {
                Notifications.error("Choose an article first.");
                return;
            }
            UI.getCurrent().navigate("reports/articles/" + article.getValue().id());
        });
        open.setId("open-article-report");
        card.add(article, open);
        return card;
    }

    private Section outletCard(OutletService outlets, ReportPeriod period) {
        var card = card("outlet-reports", "Outlet report", "An outlet's sourcing over a period: the mix across its articles, "
                + "how often it relays others or reports first, and the trend by month.");
        outlet.setId("report-outlet");
        outlet.setItems(outlets.list());
        outlet.setItemLabelGenerator(Outlet::getName);
        outlet.setWidth("100%");
        var form = new PeriodForm(period, "Open report", this::openOutlet);
        form.addComponentAsFirst(outlet);
        card.add(form);
        return card;
    }

    private void openOutlet(LocalDate from, LocalDate to) {
        if (outlet.getValue() == null) {
            Notifications.error("Choose an outlet first.");
            return;
        }
        try {
            new ReportPeriod(from, to);
        } catch (RejectedException e) {
            Notifications.error(e.getMessage());
            return;
        }
        UI.getCurrent().navigate("reports/outlets/" + outlet.getValue().getId(), PeriodForm.query(from, to, Map.of()));
    }

    private Section compareCard() {
        var card = card("compare-reports", "Compare outlets", "Two to six outlets over the same period, side by side.");
        var open = new Button("Choose outlets", e -> UI.getCurrent().navigate("reports/outlets/compare"));
        open.setId("open-comparison");
        card.add(open);
        return card;
    }
}
