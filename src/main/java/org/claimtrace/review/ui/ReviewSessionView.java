package org.claimtrace.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.base.ConflictException;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.base.Notifications;
import org.claimtrace.base.Refusal;
import org.claimtrace.base.live.Broadcaster;
import org.claimtrace.base.live.LiveView;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.Verdict;
import org.claimtrace.review.EvidenceLink;
import org.claimtrace.review.ItemChange;
import org.claimtrace.review.ItemStatus;
import org.claimtrace.review.ItemView;
import org.claimtrace.review.ItemSnapshot;
import org.claimtrace.review.ReviewExport;
import org.claimtrace.review.ReviewFeed;
import org.claimtrace.review.ReviewPresence;
import org.claimtrace.review.ReviewService;
import org.claimtrace.review.SessionSummary;
import org.claimtrace.security.CurrentUser;
import org.claimtrace.security.Role;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A review session: the queue of its claims (status, assignees, verdict, who is looking) with filters and
 * j/k/Enter, the open claim beside it, agreement, closing and the results' download. What others change
 * arrives without reloading.
 */
@Route("review/:id(\\d+)")
@PageTitle("Review session · Claimtrace")
@PermitAll
class ReviewSessionView extends Div implements BeforeEnterObserver, ReviewItemPanel.Actions {

    enum Queue {
        ALL("All"), MINE("Mine"), UNSTARTED("Unstarted"), IN_PROGRESS("In progress"), DISPUTED("Disputed"), REVIEWED("Reviewed");

        final String label;

        Queue(String label) {
            this.label = label;
        }
    }

    private final ReviewService reviews;
    private final ReviewPresence presence;
    private final ReviewExport export;
    private final ClaimService claims;
    private final Map<String, AttributionTag> tags;
    private final String me;
    private final boolean canReview;
    private final String viewKey = UUID.randomUUID().toString();
    private final Div header = new Div();
    private final AgreementPanel agreement = new AgreementPanel();
    private final Select<Queue> queueFilter = new Select<>();
    private final Grid<ItemView> queue = new Grid<>();
    private final Div side = new Div();
    private long sessionId = -1;
    private SessionSummary session;
    private List<ItemView> items = List.of();
    /** The rows the queue shows (its data provider's own list), so that one changed row is replaced in place. */
    private final List<ItemView> rows = new ArrayList<>();
    private GridListDataView<ItemView> rowsView;
    private final Span progress = new Span();
    private Map<Long, Set<String>> lookers = Map.of();
    private ReviewItemPanel panel;

    ReviewSessionView(ReviewService reviews, ReviewPresence presence, ReviewExport export, ClaimService claims,
                      TagsetService tagset, Broadcaster broadcaster, ReviewFeed feed, CurrentUser currentUser,
                      AuthenticationContext authentication) {
        this.reviews = reviews;
        this.presence = presence;
        this.export = export;
        this.claims = claims;
        this.tags = tagset.list().stream().collect(Collectors.toMap(AttributionTag::getCode, Function.identity()));
        this.me = currentUser.name();
        this.canReview = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.REVIEWER);
        addClassName("review-session");
        setSizeFull();
        LiveView.follow(this, broadcaster, Broadcaster.REVIEW_SESSION, id -> {
            if (id == sessionId) {
                reload();
            }
        });
        // read once on this node for every open page (ReviewFeed); each page shows only what changed
        LiveView.follow(this, feed::followPresence, seen -> {
            if (seen.sessionId() == sessionId && session != null) {
                showPresence(seen.lookers());
            }
        });
        LiveView.follow(this, feed::followItems, this::changed);
    }

    static RouteParameters parameters(long sessionId) {
        return new RouteParameters("id", Long.toString(sessionId));
    }

    static QueryParameters openClaim(long claimId) {
        return QueryParameters.of("claim", Long.toString(claimId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        sessionId = event.getRouteParameters().getLong("id").orElse(-1L);
        var found = reviews.session(sessionId);
        if (found.isEmpty()) {
            add(new H2("No such review session"), new Paragraph("There is no session with this number."), new Anchor("review", "Back to Review"));
            return;
        }
        session = found.get();
        panel = null;
        add(header, agreement, body());
        reload();
        event.getLocation().getQueryParameters().getSingleParameter("claim").map(Long::parseLong).ifPresent(this::open);
    }

    private SplitLayout body() {
        queueFilter.setLabel("Show");
        queueFilter.setItems(Queue.values());
        queueFilter.setItemLabelGenerator(q -> q.label);
        queueFilter.setValue(Queue.ALL);
        queueFilter.addValueChangeListener(e -> showQueue());
        queueFilter.setId("queue-filter");
        configureQueue();
        var left = new Div(queueFilter, queue);
        left.addClassName("review-queue");
        side.addClassName("review-side");
        side.add(new Span("Choose a claim in the queue (j/k to move, Enter to open)."));
        var split = new SplitLayout(left, side);
        split.setSplitterPosition(50);
        split.setSizeFull();
        return split;
    }

    private void configureQueue() {
        queue.setId("review-queue");
        queue.addColumn(ItemView::position).setHeader("#").setFlexGrow(0).setWidth("4rem");
        queue.addColumn(ItemView::claimShortText).setHeader("Claim").setFlexGrow(4).setTooltipGenerator(ItemView::claimShortText);
        queue.addColumn(Verdicts.badgeRenderer(ItemView::status)).setHeader("Status").setFlexGrow(1);
        queue.addColumn(i -> String.join(", ", i.assignees())).setHeader("Assignees").setFlexGrow(1);
        queue.addColumn(this::verdictColumn).setHeader("Verdict").setFlexGrow(2).setTooltipGenerator(this::verdictColumn);
        queue.addColumn(i -> String.join(", ", lookers.getOrDefault(i.claimId(), Set.of()))).setHeader("Looking").setFlexGrow(1);
        queue.setSelectionMode(Grid.SelectionMode.SINGLE);
        queue.addItemClickListener(e -> open(e.getItem().claimId()));
        queue.setEmptyStateText("No claims in this part of the queue.");
        queue.setHeight("70vh");
        Shortcuts.addShortcutListener(queue, () -> move(1), Key.KEY_J).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> move(-1), Key.KEY_K).listenOn(queue);
        Shortcuts.addShortcutListener(queue, () -> queue.getSelectedItems().stream().findFirst()
                .ifPresent(i -> open(i.claimId())), Key.ENTER).listenOn(queue);
    }

    private String verdictColumn(ItemView item) {
        if (item.verdict() != null) {
            return Verdicts.label(item.verdict());
        }
        if (session.doubleReview() && item.judgments() > 0) {
            return item.judgments() + " of 2 blind verdicts in";
        }
        return "";
    }

    private void move(int by) {
        var shown = shownItems();
        if (shown.isEmpty()) {
            return;
        }
        var current = queue.getSelectedItems().stream().findFirst().map(selected -> indexOf(shown, selected.itemId()))
                .filter(i -> i >= 0).orElse(by > 0 ? -1 : shown.size());
        int next = Math.max(0, Math.min(shown.size() - 1, current + by));
        queue.select(shown.get(next));
        queue.scrollToIndex(next);
    }

    private static int indexOf(List<ItemView> list, long itemId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).itemId() == itemId) {
                return i;
            }
        }
        return -1;
    }

    private List<ItemView> shownItems() {
        return items.stream().filter(this::inQueue).toList();
    }

    private boolean inQueue(ItemView i) {
        var filter = queueFilter.getValue() == null ? Queue.ALL : queueFilter.getValue();
        return switch (filter) {
            case ALL -> true;
            case MINE -> i.assignees().stream().anyMatch(me::equalsIgnoreCase) || i.mine() != null;
            case UNSTARTED -> i.status() == ItemStatus.UNSTARTED;
            case IN_PROGRESS -> i.status() == ItemStatus.IN_PROGRESS;
            case DISPUTED -> i.status() == ItemStatus.DISPUTED;
            case REVIEWED -> i.status() == ItemStatus.REVIEWED;
        };
    }

    private void showQueue() {
        var selected = queue.getSelectedItems().stream().findFirst().map(ItemView::claimId).orElse(null);
        var shown = shownItems();
        rows.clear();
        rows.addAll(shown);
        rowsView = queue.setItems(rows);
        rowsView.setIdentifierProvider(ItemView::itemId);
        if (selected != null) {
            shown.stream().filter(i -> i.claimId() == selected).findFirst().ifPresent(queue::select);
        }
    }

    /** Everything from the database again: after one's own change and on every change announced by others. */
    private void reload() {
        var found = reviews.session(sessionId);
        if (found.isEmpty()) {
            return;
        }
        session = found.get();
        items = reviews.items(sessionId);
        lookers = presence.present(sessionId);
        showHeader();
        if (session.doubleReview()) {
            agreement.show(reviews.agreement(sessionId));
        }
        agreement.setVisible(session.doubleReview());
        showQueue();
        if (panel != null) {
            var claimId = panel.claimId();
            showPanel(claimId);
        }
    }

    /**
     * One item changed (here or on another node), read once for all open pages: this page replaces that item's
     * row, the progress line, agreement and, if it is the claim open here, the panel (never what is being typed).
     * Only what this user may see of it is taken ({@link ItemSnapshot#viewFor}). An older read arriving after a
     * newer one is ignored.
     */
    private void changed(ItemSnapshot change) {
        if (change.sessionId() != sessionId || session == null) {
            return;
        }
        int index = indexOf(items, change.itemId());
        if (index < 0) {
            return;
        }
        var fresh = change.viewFor(me);
        var before = items.get(index);
        if (fresh.version() < before.version()) {
            return;
        }
        if (change.session().closed() != session.closed()) {
            reload();
            return;
        }
        session = change.session();
        var updated = new ArrayList<>(items);
        updated.set(index, fresh);
        items = List.copyOf(updated);
        progress.setText(progressText());
        if (session.doubleReview() && change.agreement() != null) {
            agreement.show(change.agreement());
        }
        showRow(fresh);
        if (panel != null && panel.item() != null && panel.item().itemId() == fresh.itemId()) {
            panel.showChange(fresh, change.comments());
        }
    }

    /** One row of the queue afresh; the whole queue only when the row enters or leaves the chosen part of it. */
    private void showRow(ItemView fresh) {
        int at = indexOf(rows, fresh.itemId());
        if ((at >= 0) != inQueue(fresh) || rowsView == null) {
            showQueue();
        } else if (at >= 0) {
            rows.set(at, fresh);
            rowsView.refreshItem(fresh);
        }
    }

    /** Someone opened or left the session or one of its claims: the "Looking" column and the open claim's line. */
    private void showPresence(Map<Long, Set<String>> now) {
        lookers = now;
        queue.getDataProvider().refreshAll();
        if (panel != null) {
            panel.showPresence(lookers.getOrDefault(panel.claimId(), Set.of()));
        }
    }

    private void showHeader() {
        header.removeAll();
        header.addClassName("review-header");
        var title = new H2(session.name());
        progress.setText(progressText());
        progress.setId("session-progress");
        header.add(title);
        if (session.description() != null) {
            header.add(new Paragraph(session.description()));
        }
        header.add(new Div(progress));
        if (session.closed()) {
            var frozen = new Div(new Span("Closed by " + session.closedBy() + " on " + NewsroomDates.utc(session.closedAt())
                    + ": frozen. Its verdicts are recorded on the claims."));
            frozen.setId("session-closed");
            frozen.addClassName("state-linked");
            header.add(frozen);
        }
        var tools = new Div();
        tools.addClassName("review-tools");
        var results = new Anchor(DownloadHandler.fromInputStream(e -> zip()), "");
        results.setId("download-results");
        var download = new Button("Download results", VaadinIcon.DOWNLOAD.create());
        download.setTooltipText("session.csv (each reviewer's verdicts), claims.csv, ClaimReview JSON-LD and annotations.csv of these claims, in a ZIP");
        results.add(download);
        tools.add(results);
        if (canReview && !session.closed()) {
            var close = new Button("Close session", VaadinIcon.LOCK.create(), e -> confirmClose());
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            tools.add(close);
        }
        header.add(tools);
    }

    private String progressText() {
        return (session.doubleReview() ? "Double, blind review" : "Single review") + " \u00b7 "
                + session.reviewed() + " / " + session.total() + " reviewed \u00b7 " + session.disputed() + " disputed \u00b7 "
                + session.inProgress() + " in progress \u00b7 participants: " + String.join(", ", session.participants());
    }

    private com.vaadin.flow.server.streams.DownloadResponse zip() {
        var bytes = new java.io.ByteArrayOutputStream();
        export.writeZip(sessionId, bytes);
        return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes.toByteArray()),
                "review-session-" + sessionId + ".zip", "application/zip", bytes.size());
    }

    private void confirmClose() {
        var open = session.total() - session.reviewed();
        var dialog = new ConfirmDialog("Close \u201c" + session.name() + "\u201d?",
                "Closing freezes the session and records " + session.reviewed() + " verdict" + (session.reviewed() == 1 ? "" : "s")
                        + " on their claims." + (open > 0 ? " " + open + " claim" + (open == 1 ? " is" : "s are") + " not reviewed and keep their state." : ""),
                "Close session", e -> act(() -> reviews.close(sessionId), "Session closed; verdicts recorded on the claims."));
        dialog.setCancelable(true);
        dialog.open();
    }

    private void open(long claimId) {
        if (items.stream().noneMatch(i -> i.claimId() == claimId)) {
            Notifications.info("That claim is not part of this session.");
            return;
        }
        if (panel != null && panel.claimId() != claimId && panel.item() != null && hasUnsavedVerdict()) {
            Notifications.info("Save or clear the verdict you are writing first.");
            return;
        }
        showPanel(claimId);
        items.stream().filter(i -> i.claimId() == claimId).findFirst().ifPresent(queue::select);
        presence.look(viewKey, sessionId, claimId);
    }

    private boolean hasUnsavedVerdict() {
        return side.getChildren().anyMatch(c -> c == panel) && panel.getChildren()
                .anyMatch(c -> c instanceof VerdictForm form && form.isVisible() && form.hasChanges());
    }

    private void showPanel(long claimId) {
        if (panel == null) {
            panel = new ReviewItemPanel(session, me, canReview, tags, this);
            side.removeAll();
            side.add(panel);
        }
        var item = reviews.item(sessionId, claimId);
        panel.show(item, reviews.comments(sessionId, claimId), lookers.getOrDefault(claimId, Set.of()), claims.appearances(claimId));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (session != null) {
            presence.look(viewKey, sessionId, panel == null ? null : panel.claimId());
            // once subscribed (the attach listeners run after this): what changed since beforeEnter read it
            attachEvent.getUI().beforeClientResponse(this, context -> reload());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        presence.leave(viewKey);
        super.onDetach(detachEvent);
    }

    // --- the panel's actions ---

    @Override
    public void status(ItemStatus to) {
        var item = panel.item();
        save(() -> reviews.update(sessionId, item.claimId(), ItemChange.status(to, item.version())), to.label() + ".");
    }

    @Override
    public void assign(Set<String> assignees) {
        var item = panel.item();
        save(() -> reviews.update(sessionId, item.claimId(), ItemChange.assignees(assignees, item.version())), "Assignees saved.");
    }

    @Override
    public void verdict(Verdict verdict, String rationale, List<EvidenceLink> evidence, boolean markReviewed) {
        var item = panel.formBase();
        boolean settling = session.doubleReview() && item.status() == ItemStatus.DISPUTED && item.mine() == null;
        long version = session.doubleReview() && !settling ? (item.mine() == null ? 0 : item.mine().version()) : item.version();
        var change = new ItemChange(markReviewed ? ItemStatus.REVIEWED : null, verdict == null ? null : verdict.name(),
                rationale, evidence, null, version);
        save(() -> reviews.update(sessionId, item.claimId(), change),
                settling ? "Disagreement settled." : session.doubleReview() ? "Your blind verdict is saved." : "Verdict saved.");
    }

    @Override
    public void comment(String body) {
        var item = panel.item();
        try {
            reviews.comment(sessionId, item.claimId(), body);
            panel.commentPosted();
            reload();
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        } catch (AccessDeniedException denied) {
            Notifications.error("Only participants of the session comment: " + denied.getMessage());
        }
    }

    private void save(Runnable change, String message) {
        var claimId = panel.claimId();
        try {
            change.run();
            // one's own change: the form takes what was stored
            panel.show(reviews.item(sessionId, claimId), reviews.comments(sessionId, claimId),
                    lookers.getOrDefault(claimId, Set.of()), claims.appearances(claimId));
            reload();
            Notifications.success(message);
        } catch (ConflictException conflict) {
            Notifications.error(conflict.getMessage());
            panel.showTheirs(reviews.item(sessionId, claimId));
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException raced) {
            Notifications.error(ConflictException.staleVersion().getMessage());
            panel.showTheirs(reviews.item(sessionId, claimId));
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        } catch (AccessDeniedException denied) {
            Notifications.error("Only participants of the session change it: " + denied.getMessage());
        }
    }

    private void act(Runnable change, String message) {
        try {
            change.run();
            reload();
            Notifications.success(message);
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
