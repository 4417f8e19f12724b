package org.claimtrace.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.base.Notifications;
import org.claimtrace.base.Refusal;
import org.claimtrace.base.UndoBar;
import org.claimtrace.linking.ui.SharedWordsText;
import org.claimtrace.claim.Appearance;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.ClaimFilter;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.ClaimSummary;
import org.claimtrace.history.ui.HistoryList;
import org.claimtrace.linking.MatchService;
import org.claimtrace.security.Role;
import org.springframework.data.domain.PageRequest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One cross-outlet claim: its statement, first appearance with the evidence, every appearance side by side,
 * pending suggestions from the matcher, and merging with another claim. Every link change can be undone.
 */
@Route("claims/:id(\\d+)")
@PageTitle("Claim · Claimtrace")
@PermitAll
class ClaimView extends Div implements BeforeEnterObserver {


    private final ClaimService claims;
    private final MatchService matches;
    private final Map<String, AttributionTag> tags;
    private final boolean canEdit;
    private final UndoBar undo = new UndoBar();
    private final List<ClaimPageSection> sections;
    private long claimId;

    ClaimView(ClaimService claims, MatchService matches, TagsetService tagset, AuthenticationContext authentication,
              List<ClaimPageSection> sections) {
        this.sections = sections;
        this.claims = claims;
        this.matches = matches;
        this.tags = tagset.list().stream().collect(Collectors.toMap(AttributionTag::getCode, Function.identity()));
        this.canEdit = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.EDITOR);
        addClassName("claim-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        claimId = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    private void show() {
        removeAll();
        var claim = claims.find(claimId);
        if (claim.isEmpty()) {
            add(new H2("No such claim"), new Paragraph("It may have been merged into another claim or dissolved."));
            return;
        }
        var appearances = claims.appearances(claimId);
        var report = new Anchor("reports/claims/" + claimId, "Sourcing report");
        report.setId("sourcing-report-link");
        add(new H2(claim.get().getShortText()), report, undo, statement(claim.get()), firstAppearance(claim.get(), appearances));
        add(new H3("Appearances (" + appearances.size() + ")"), appearanceCards(appearances), suggestions(appearances));
        if (canEdit) {
            add(mergeBox());
        }
        sections.forEach(section -> section.create(claimId).ifPresent(this::add));
        var history = new com.vaadin.flow.component.details.Details("History", new HistoryList(claims.history(claimId)));
        history.setId("claim-history");
        add(history);
    }

    private FormLayout statement(Claim claim) {
        var shortText = new TextField("Short statement");
        shortText.setMaxLength(Claim.SHORT_MAX);
        shortText.setValue(claim.getShortText());
        shortText.setHelperText("At most " + Claim.SHORT_MAX + " characters (ClaimReview's claimReviewed)");
        var fullText = new TextArea("Full statement");
        fullText.setMaxLength(Claim.FULL_MAX);
        fullText.setValue(claim.getFullText() == null ? "" : claim.getFullText());
        var claimant = new TextField("Claimant");
        claimant.setMaxLength(Claim.CLAIMANT_MAX);
        claimant.setValue(claim.getClaimant() == null ? "" : claim.getClaimant());
        var form = new FormLayout(shortText, claimant, fullText);
        form.setColspan(fullText, 2);
        if (canEdit) {
            var save = new Button("Save statement", e -> undoable(() -> claims.describe(claimId, claim.getVersion(),
                    shortText.getValue(), fullText.getValue(), claimant.getValue()), "Statement saved.",
                    () -> claims.find(claimId).ifPresent(now -> claims.describe(claimId, now.getVersion(), claim.getShortText(),
                            claim.getFullText(), claim.getClaimant()))));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(new Div(save));
        } else {
            shortText.setReadOnly(true);
            fullText.setReadOnly(true);
            claimant.setReadOnly(true);
        }
        return form;
    }

    private Div firstAppearance(Claim claim, List<Appearance> appearances) {
        var box = new Div();
        box.addClassName("first-appearance");
        box.setId("first-appearance");
        claims.firstAppearance(claimId).ifPresentOrElse(first -> box.add(new Span("First appearance: " + first.outlet()
                        + (first.published() == null ? "" : ", " + NewsroomDates.published(first.published()))), new Div(first.evidence())),
                () -> box.add(new Span("First appearance unknown: no appearance has a publication time.")));
        if (canEdit && appearances.size() > 1) {
            var which = new Select<Appearance>();
            which.setLabel("Choose the first appearance");
            which.setItems(appearances);
            which.setItemLabelGenerator(a -> a.outlet() + (a.published() == null ? "" : ", " + NewsroomDates.published(a.published())));
            var reason = new TextField("Why");
            var choose = new Button("Set first appearance", e -> {
                if (which.getValue() == null) {
                    Notifications.error("Choose the appearance that came first.");
                    return;
                }
                act(() -> claims.chooseFirstAppearance(claimId, claim.getVersion(), which.getValue().annotation().getId(),
                        reason.getValue()), "First appearance set.");
            });
            box.add(new FormLayout(which, reason, new Div(choose)));
        }
        return box;
    }

    private Div appearanceCards(List<Appearance> appearances) {
        var cards = new Div();
        cards.addClassName("appearances");
        cards.setId("appearances");
        for (var appearance : appearances) {
            long annotationId = appearance.annotation().getId();
            cards.add(new AppearanceCard(appearance, tags.get(appearance.annotation().getAttribution().getTypeCode()), canEdit,
                    () -> undoable(() -> claims.unlink(claimId, annotationId), "Unlinked " + appearance.outlet() + ".",
                            () -> claims.link(claimId, annotationId)),
                    () -> {
                        var splitOut = claims.split(claimId, annotationId);
                        show();
                        undo.offer("Split out as its own claim.", () -> {
                            claims.merge(claimId, splitOut.getId());
                            show();
                        });
                    }));
        }
        return cards;
    }

    /**
     * The matcher's proposals for every appearance: annotations in articles that do not carry this claim yet.
     * An article already among the appearances is never proposed again, whichever of its annotations matched.
     */
    private Div suggestions(List<Appearance> appearances) {
        var members = appearances.stream().map(a -> a.annotation().getId()).collect(Collectors.toSet());
        var carrying = appearances.stream().map(Appearance::articleId).collect(Collectors.toSet());
        var seen = new HashSet<Long>();
        var pending = new LinkedHashMap<Long, org.claimtrace.linking.Match>();
        var matchedFrom = new java.util.HashMap<Long, Appearance>();
        for (var appearance : appearances) {
            for (var match : matches.matchesFor(appearance.annotation().getId(), 5)) {
                var id = match.annotation().getId();
                if (!members.contains(id) && !carrying.contains(match.annotation().getArticleId())
                        && match.annotation().getClaimId() == null && seen.add(id)) {
                    pending.put(id, match);
                    matchedFrom.put(id, appearance);
                }
            }
        }
        var box = new Div();
        box.setId("pending-suggestions");
        var outlets = pending.values().stream().map(org.claimtrace.linking.Match::outlet).distinct().count();
        box.add(new H3(pending.isEmpty() ? "No pending suggestions" : outlets + " other article" + (outlets == 1 ? "" : "s")
                + " may carry this claim"));
        for (var match : pending.values()) {
            var from = matchedFrom.get(match.annotation().getId());
            var meta = new Div(SharedWordsText.band(match), new Span(match.outlet()), new Span(NewsroomDates.day(match.published())));
            meta.addClassName("match-meta");
            var ours = new Div(new Span("Matches " + from.outlet() + ": "),
                    SharedWordsText.of(from.annotation().getQuote(), match.shared().inFirst()));
            ours.addClassName("claim-source");
            var row = new Div(meta, SharedWordsText.of(match.annotation().getQuote(), match.shared().inSecond()), ours,
                    SharedWordsText.why(match));
            row.addClassName("match-row");
            if (canEdit) {
                long id = match.annotation().getId();
                var link = new Button("Link", e -> undoable(() -> claims.link(claimId, id), "Linked " + match.outlet() + ".",
                        () -> claims.unlink(claimId, id)));
                link.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                var anyMember = appearances.getFirst().annotation().getId();
                var reject = new Button("Not the same claim", e -> {
                    long rejection = matches.reject(anyMember, id);
                    show();
                    undo.offer("Suggestion rejected; it will not come back.", () -> {
                        matches.undoReject(rejection);
                        show();
                    });
                });
                reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
                row.add(new Div(link, reject));
            }
            box.add(row);
        }
        return box;
    }

    private Div mergeBox() {
        var other = new ComboBox<ClaimSummary>("Merge another claim into this one");
        other.setItems(query -> claims.search(new ClaimFilter(query.getFilter().orElse(""), null, null, null),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream().filter(s -> s.id() != claimId));
        other.setItemLabelGenerator(ClaimSummary::shortText);
        other.setWidth("30rem");
        var merge = new Button("Merge", e -> {
            if (other.getValue() == null) {
                return;
            }
            var absorbed = other.getValue();
            var moved = claims.merge(claimId, absorbed.id());
            show();
            undo.offer("Merged \u201c" + absorbed.shortText() + "\u201d into this claim.", () -> {
                claims.unmerge(claimId, moved, absorbed.shortText());
                show();
            });
        });
        var box = new Div(other, merge);
        box.addClassName("merge-box");
        return box;
    }

    private void undoable(Runnable change, String message, Runnable undo) {
        try {
            change.run();
            show();
            this.undo.offer(message, () -> {
                undo.run();
                show();
            });
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void act(Runnable change, String message) {
        try {
            change.run();
            show();
            Notifications.success(message);
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
