package org.claimtrace.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.article.OutletService;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.base.Notifications;
import org.claimtrace.base.Refusal;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.review.MentionView;
import org.claimtrace.review.NewSession;
import org.claimtrace.review.ReviewService;
import org.claimtrace.review.SessionSummary;
import org.claimtrace.security.Role;

/** The Review area: every session with its progress, a new session, and the comments that mention you. */
@Route("review")
@PageTitle("Review · Claimtrace")
@PermitAll
class ReviewSessionsView extends VerticalLayout {

    private final ReviewService reviews;
    private final Grid<SessionSummary> grid = new Grid<>();

    ReviewSessionsView(ReviewService reviews, ClaimService claims, OutletService outlets, TagsetService tagset,
                       AuthenticationContext authentication) {
        this.reviews = reviews;
        boolean canReview = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.REVIEWER);
        if (canReview) {
            var create = new Button("New session", VaadinIcon.PLUS.create(),
                    e -> new NewSessionDialog(claims, outlets, tagset, reviews.eligibleReviewers(), this::create).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        add(configureGrid(), mentions());
        setSizeFull();
    }

    private Grid<SessionSummary> configureGrid() {
        grid.setId("review-sessions");
        grid.addColumn(SessionSummary::name).setHeader("Session").setFlexGrow(3);
        grid.addColumn(s -> s.doubleReview() ? "Double, blind" : "Single").setHeader("Review").setFlexGrow(1);
        grid.addColumn(s -> s.reviewed() + " / " + s.total() + " reviewed").setHeader("Progress").setFlexGrow(1);
        grid.addColumn(SessionSummary::disputed).setHeader("Disputed").setFlexGrow(0).setWidth("7rem");
        grid.addColumn(s -> String.join(", ", s.participants())).setHeader("Participants").setFlexGrow(2);
        grid.addColumn(s -> s.closed() ? "Closed " + NewsroomDates.utc(s.closedAt()) + " by " + s.closedBy()
                : "Open since " + NewsroomDates.utc(s.createdAt())).setHeader("State").setFlexGrow(2);
        grid.setItems(reviews.sessions());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("review/" + e.getItem().id())));
        grid.setEmptyStateText("No review sessions yet.");
        grid.setHeight("24rem");
        return grid;
    }

    private Div mentions() {
        var box = new Div(new H3("Mentions"));
        box.setId("mentions");
        var found = reviews.myMentions(50);
        if (found.isEmpty()) {
            box.add(new Span("Nobody has mentioned you in a comment yet."));
        }
        for (MentionView m : found) {
            var link = new RouterLink();
            link.setText(m.author() + " on \u201c" + m.claimShortText() + "\u201d (" + m.sessionName() + ")");
            link.setRoute(ReviewSessionView.class, ReviewSessionView.parameters(m.sessionId()));
            link.setQueryParameters(ReviewSessionView.openClaim(m.claimId()));
            var row = new Div(link, new Div(new Span(NewsroomDates.utc(m.at()) + " \u00b7 "), new Span(m.body())));
            row.addClassName("mention");
            box.add(row);
        }
        return box;
    }

    private void create(NewSession draft, NewSessionDialog dialog) {
        try {
            var session = reviews.create(draft);
            dialog.close();
            Notifications.success("Session \u201c" + session.getName() + "\u201d created.");
            getUI().ifPresent(ui -> ui.navigate("review/" + session.getId()));
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
