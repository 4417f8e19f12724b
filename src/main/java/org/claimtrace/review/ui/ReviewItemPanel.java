package org.claimtrace.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.claim.Appearance;
import org.claimtrace.claim.Verdict;
import org.claimtrace.review.CommentView;
import org.claimtrace.review.EvidenceLink;
import org.claimtrace.review.ItemStatus;
import org.claimtrace.review.ItemView;
import org.claimtrace.review.JudgmentView;
import org.claimtrace.review.ReviewComment;
import org.claimtrace.review.SessionSummary;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One claim of a session: status and assignees, the verdict (one, or two blind ones and a settling one), its
 * rationale and evidence, the comment thread, who else is looking, and the claim's appearances with their
 * sourcing. Everything shown as text. Reports what the reviewer asks for through {@link Actions}; the page saves.
 * A change someone else makes refreshes what is shown, never what this reviewer is typing.
 */
class ReviewItemPanel extends Div {

    interface Actions {
        void status(ItemStatus to);

        void assign(Set<String> assignees);

        /** The item's verdict (single review), this reviewer's blind one, or the settling one. */
        void verdict(Verdict verdict, String rationale, List<EvidenceLink> evidence, boolean markReviewed);

        void comment(String body);
    }

    private final SessionSummary session;
    private final String me;
    private final boolean canAct;
    private final Map<String, AttributionTag> tags;
    private final Actions actions;

    private final H3 title = new H3();
    private final Div links = new Div();
    private final Span presence = new Span();
    private final Div state = new Div();
    private final Div controls = new Div();
    private final MultiSelectComboBox<String> assignees = new MultiSelectComboBox<>("Assignees");
    private final Div outcome = new Div();
    private final Div judgments = new Div();
    private final Div theirs = new Div();
    private final VerdictForm form;
    private final Div comments = new Div();
    private final TextArea commentText = new TextArea("Comment");
    private final Div sourcing = new Div();
    private final Span assigned = new Span();
    private final Span lastChange = new Span();
    private ItemStatus stateStatus;
    private final H4 outcomeHeading = new H4();
    private final Span outcomeBy = new Span();
    private final Span outcomeWhy = new Span();
    private Div outcomeEvidence;
    /** The item whose verdict the outcome shows, or null when it shows none. */
    private ItemView outcomeShown;
    private ItemView item;
    /** What the verdict form was filled from: its version is the one a save sends, whatever arrived since. */
    private ItemView formBase;
    private List<CommentView> shownThread = List.of();

    ReviewItemPanel(SessionSummary session, String me, boolean canAct, Map<String, AttributionTag> tags, Actions actions) {
        this.session = session;
        this.me = me;
        this.canAct = canAct && !session.closed();
        this.tags = tags;
        this.actions = actions;
        setId("review-item");
        addClassName("review-item");
        presence.setId("presence");
        presence.addClassName("presence");
        state.setId("item-state");
        outcome.setId("outcome");
        judgments.setId("judgments");
        theirs.setId("their-version");
        theirs.addClassName("state-changed");
        theirs.setVisible(false);
        comments.setId("comments");
        sourcing.setId("sourcing");
        form = new VerdictForm(session.doubleReview() ? "my-verdict" : "item-verdict",
                (verdict, rationale, evidence, reviewed) -> actions.verdict(verdict, rationale, evidence, reviewed),
                !session.doubleReview());
        assignees.setItems(session.participants());
        commentText.setId("comment-text");
        commentText.setMaxLength(ReviewComment.BODY_MAX);
        commentText.setWidthFull();
        commentText.setPlaceholder("Write @name to mention a participant: " + String.join(", ", session.participants()));
        var post = new Button("Post comment", e -> {
            actions.comment(commentText.getValue());
        });
        post.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var commentBox = new Div(new H4("Comments"), comments);
        if (this.canAct) {
            commentBox.add(commentText, post);
        }
        add(title, links, presence, state, controls, outcome, judgments, theirs, form, commentBox,
                new H4("Appearances and their sourcing"), sourcing);
    }

    long claimId() {
        return item.claimId();
    }

    ItemView item() {
        return item;
    }

    ItemView formBase() {
        return formBase;
    }

    /** Shows the item afresh; a verdict the reviewer is typing stays as it is, with a note if it was changed meanwhile. */
    void show(ItemView fresh, List<CommentView> thread, Set<String> lookers, List<Appearance> appearances) {
        boolean sameItem = item != null && item.itemId() == fresh.itemId();
        showPresence(lookers);
        update(fresh, thread, sameItem);
        if (!sameItem) {
            showSourcing(appearances);
            theirs.setVisible(false);
            commentText.clear();
        }
    }

    /**
     * The same item changed elsewhere (read once for all open pages): only the parts that changed are rebuilt; what
     * the reviewer is typing stays, and the appearances (which an item change does not touch) are left as they are.
     */
    void showChange(ItemView fresh, List<CommentView> thread) {
        if (item == null || item.itemId() != fresh.itemId()) {
            return;
        }
        // a thread only grows: a shorter one is an older read that arrived late
        update(fresh, thread.size() < shownThread.size() ? shownThread : thread, true);
    }

    private void update(ItemView fresh, List<CommentView> thread, boolean sameItem) {
        boolean keepForm = sameItem && form.hasChanges();
        var before = item;
        item = fresh;
        if (!fresh.claimShortText().equals(title.getText())) {
            title.setText(fresh.claimShortText());
        }
        if (!sameItem) {
            showLinks(fresh);
        }
        if (!sameItem || !before.equals(fresh)) {
            showState(fresh);
            // the controls depend on the status, whether there is a verdict (not which) and the assignees: rebuilt
            // (the assignee box detached and attached again) only when one of those changed
            if (!sameItem || before.status() != fresh.status() || (before.verdict() == null) != (fresh.verdict() == null)
                    || !before.assignees().equals(fresh.assignees())) {
                showControls(fresh);
            }
            showOutcome(fresh);
            showJudgments(fresh);
            showForm(fresh, keepForm, before);
        }
        if (!sameItem || !thread.equals(shownThread)) {
            showComments(thread);
        }
    }

    void commentPosted() {
        commentText.clear();
    }

    /** After a refused save: the stored version beside the reviewer's own, which stays in the form. */
    void showTheirs(ItemView stored) {
        theirs.removeAll();
        theirs.setVisible(true);
        var verdict = stored.blind() || !session.doubleReview() ? verdictOf(stored) : null;
        theirs.add(new Div(new Span("Saved meanwhile by " + stored.updatedBy() + " (" + NewsroomDates.utc(stored.updatedAt())
                + "). Your version stays in the form; theirs is:")));
        if (session.doubleReview() && stored.mine() != null) {
            theirs.add(new Div(new Span("Your verdict as saved: " + Verdicts.label(stored.mine().verdict()) + " \u2014 "),
                    new Span(stored.mine().rationale())));
        } else if (verdict != null) {
            theirs.add(new Div(new Span("Verdict: " + Verdicts.label(verdict) + " \u2014 "), new Span(text(stored.rationale()))));
        }
        theirs.add(new Div(new Span("Status: " + stored.status().label() + "; assignees: " + String.join(", ", stored.assignees()))));
        // an explicit choice: the next save replaces theirs with the text still in the form
        var dismiss = new Button("Keep my text; my next save replaces theirs", e -> {
            formBase = item;
            theirs.setVisible(false);
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        theirs.add(dismiss);
    }

    private static Verdict verdictOf(ItemView stored) {
        return stored.verdict();
    }

    private void showLinks(ItemView fresh) {
        links.removeAll();
        var claimPage = new Anchor("claims/" + fresh.claimId(), "Claim page");
        var report = new Anchor("reports/claims/" + fresh.claimId(), "Sourcing report");
        report.setId("sourcing-report-link");
        links.add(claimPage, new Span(" \u00b7 "), report);
        links.addClassName("item-links");
    }

    void showPresence(Set<String> lookers) {
        var others = lookers.stream().filter(u -> !u.equalsIgnoreCase(me)).toList();
        presence.setText(others.isEmpty() ? "Nobody else is looking at this claim." : "Also looking at this claim: " + String.join(", ", others));
    }

    /** The status badge, assignees and last change: the badge is made again only when the status changed. */
    private void showState(ItemView fresh) {
        if (stateStatus != fresh.status()) {
            state.removeAll();
            state.add(Verdicts.badge(fresh.status()), assigned, lastChange);
            stateStatus = fresh.status();
        }
        assigned.setText(" Assigned: " + (fresh.assignees().isEmpty() ? "nobody" : String.join(", ", fresh.assignees())));
        lastChange.setText(" \u00b7 last change by " + fresh.updatedBy() + ", " + NewsroomDates.utc(fresh.updatedAt()));
    }

    private void showControls(ItemView fresh) {
        controls.removeAll();
        if (!canAct) {
            return;
        }
        var row = new HorizontalLayout();
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (fresh.status() == ItemStatus.UNSTARTED) {
            row.add(new Button("Start", e -> actions.status(ItemStatus.IN_PROGRESS)));
        }
        if (!session.doubleReview() && fresh.status() == ItemStatus.IN_PROGRESS && fresh.verdict() != null) {
            var reviewed = new Button("Mark reviewed", e -> actions.status(ItemStatus.REVIEWED));
            reviewed.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            row.add(reviewed);
        }
        if (fresh.status() == ItemStatus.REVIEWED || fresh.status() == ItemStatus.DISPUTED) {
            row.add(new Button("Reopen", e -> actions.status(ItemStatus.IN_PROGRESS)));
        }
        assignees.setValue(fresh.assignees());
        row.add(assignees, new Button("Assign", e -> actions.assign(assignees.getValue())));
        controls.add(row);
    }

    /**
     * The verdict, who decided it, the rationale and evidence. While there is a verdict the same components take the
     * new texts (the evidence list is made again only when the evidence changed): a verdict changed elsewhere sends
     * each open page a few texts, not a new subtree.
     */
    private void showOutcome(ItemView fresh) {
        if (fresh.verdict() == null) {
            outcome.removeAll();
            outcomeShown = null;
            outcomeEvidence = null;
            if (session.doubleReview() && fresh.status() == ItemStatus.DISPUTED) {
                outcome.add(new Span("Disputed: the two verdicts differ. A third reviewer settles it with a rationale."));
            }
            return;
        }
        if (outcomeShown == null) {
            outcome.removeAll();
            outcomeEvidence = null;
            var why = new Div(outcomeWhy);
            why.addClassName("rationale");
            outcome.add(outcomeHeading, new Div(outcomeBy), why);
        }
        outcomeHeading.setText((session.doubleReview() ? (fresh.settledBy() != null ? "Settled verdict: " : "Agreed verdict: ") : "Verdict: ")
                + Verdicts.label(fresh.verdict()));
        outcomeBy.setText("By " + fresh.decidedBy() + (fresh.decidedAt() == null ? "" : ", " + NewsroomDates.utc(fresh.decidedAt())));
        outcomeWhy.setText(text(fresh.rationale()));
        if (outcomeShown == null || !outcomeShown.evidence().equals(fresh.evidence())) {
            if (outcomeEvidence != null) {
                outcome.remove(outcomeEvidence);
            }
            outcomeEvidence = evidenceList(fresh.evidence());
            outcome.add(outcomeEvidence);
        }
        outcomeShown = fresh;
    }

    private void showJudgments(ItemView fresh) {
        judgments.removeAll();
        if (!session.doubleReview()) {
            return;
        }
        if (fresh.blind()) {
            var note = new Div(new Span("Blind review: each reviewer's verdict stays hidden from the other until both are in ("
                    + fresh.judgments() + " of 2 in)."));
            note.setId("blind-note");
            judgments.add(note);
            return;
        }
        var all = new java.util.ArrayList<JudgmentView>();
        if (fresh.mine() != null) {
            all.add(fresh.mine());
        }
        all.addAll(fresh.others());
        for (var j : all) {
            var entry = new Div(new H4(j.reviewer() + ": " + Verdicts.label(j.verdict())), new Div(new Span(j.rationale())),
                    evidenceList(j.evidence()));
            entry.addClassName("judgment");
            judgments.add(entry);
        }
    }

    private void showForm(ItemView fresh, boolean keep, ItemView before) {
        boolean judge = fresh.mine() != null;
        boolean canJudge = judge || (fresh.judgments() < 2 && (fresh.assignees().size() < 2 || fresh.assignees().stream().anyMatch(me::equalsIgnoreCase)));
        boolean settling = session.doubleReview() && fresh.status() == ItemStatus.DISPUTED && !judge;
        boolean editable = canAct && fresh.status() != ItemStatus.REVIEWED
                && (!session.doubleReview() || settling || (canJudge && fresh.status() != ItemStatus.DISPUTED) || judge);
        form.setVisible(editable);
        form.setHeading(!session.doubleReview() ? "Verdict" : settling ? "Settle the disagreement" : "Your blind verdict");
        if (keep) {
            if (before != null && changedMeanwhile(before, fresh)) {
                showTheirs(fresh);
            }
            return;
        }
        formBase = fresh;
        if (session.doubleReview() && !settling) {
            var mine = fresh.mine();
            form.read(mine == null ? null : mine.verdict(), mine == null ? null : mine.rationale(), mine == null ? List.of() : mine.evidence());
        } else if (settling) {
            form.read(null, null, List.of());
        } else {
            form.read(fresh.verdict(), fresh.rationale(), fresh.evidence());
        }
        form.setReadOnly(!editable);
    }

    private boolean changedMeanwhile(ItemView before, ItemView fresh) {
        if (session.doubleReview()) {
            return before.mine() != null && fresh.mine() != null && before.mine().version() != fresh.mine().version();
        }
        return before.version() != fresh.version() && !java.util.Objects.equals(before.verdict(), fresh.verdict())
                || !java.util.Objects.equals(before.rationale(), fresh.rationale());
    }

    private void showComments(List<CommentView> thread) {
        shownThread = List.copyOf(thread);
        comments.removeAll();
        if (thread.isEmpty()) {
            comments.add(new Span("No comments yet."));
        }
        for (var c : thread) {
            var entry = new Div(new Span(c.author() + " \u00b7 " + NewsroomDates.utc(c.at())), new Div(new Span(c.body())));
            entry.addClassName("comment");
            if (c.mentions().stream().anyMatch(me::equalsIgnoreCase)) {
                entry.addClassName("mentions-me");
            }
            comments.add(entry);
        }
    }

    private void showSourcing(List<Appearance> appearances) {
        sourcing.removeAll();
        if (appearances.isEmpty()) {
            sourcing.add(new Span("The claim has no appearances left."));
        }
        for (var a : appearances) {
            var attribution = a.annotation().getAttribution();
            var tag = tags.get(attribution.getTypeCode());
            var row = new Div();
            row.addClassName("sourcing-row");
            var reader = new Anchor("articles/" + a.articleId(), a.outlet());
            row.add(new Div(reader, new Span(" \u00b7 " + NewsroomDates.published(a.published()))),
                    new Div(new Span("\u201c" + a.annotation().getQuote() + "\u201d")),
                    new Div(new Span((tag == null ? attribution.getTypeCode() : tag.getName())
                            + part(" \u00b7 source: ", attribution.getSourceAsWritten()) + part(" \u00b7 cue: ", attribution.getCue())
                            + part(" \u00b7 stance: ", attribution.getStance()) + part(" \u00b7 ", attribution.getOnRecord())
                            + part(" \u00b7 via ", attribution.getRelayedVia()))));
            sourcing.add(row);
        }
    }

    private static String part(String prefix, Object value) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        return prefix + (value instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : value.toString());
    }

    static Div evidenceList(List<EvidenceLink> evidence) {
        var list = new Div();
        list.addClassName("evidence-list");
        for (var e : evidence) {
            var link = new Anchor(e.url(), e.url(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            list.add(new Div(link, new Span(e.note() == null ? "" : " \u2014 " + e.note())));
        }
        return list;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
