package org.claimtrace.claim.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimtrace.base.KeyboardShortcuts;
import org.claimtrace.base.UndoBar;
import org.claimtrace.linking.ui.SharedWordsText;
import org.claimtrace.matching.SharedWords;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.linking.MatchService;
import org.claimtrace.linking.TriagePair;
import org.claimtrace.linking.TriageService;
import org.claimtrace.security.Role;

import java.util.List;
import java.util.Locale;

/**
 * The strongest unconfirmed suggestions across the corpus, confirmed or rejected one by one from the
 * keyboard: j / k to move, c to confirm (link), x to reject (remembered).
 */
@Route("triage")
@PageTitle("Triage · Claimtrace")
@RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
class TriageView extends VerticalLayout implements KeyboardShortcuts {

    private final TriageService triage;
    private final MatchLinker linker;
    private final MatchService matches;
    private final Grid<TriagePair> grid = new Grid<>();
    private final UndoBar undo = new UndoBar();
    private List<TriagePair> pairs = List.of();

    TriageView(TriageService triage, ClaimService claims, MatchService matches) {
        this.triage = triage;
        this.linker = new MatchLinker(claims);
        this.matches = matches;
        setSizeFull();
        add(new Paragraph("The matcher's strongest suggestions that nobody has confirmed yet. Keys: j / k move, "
                + "c confirms (links the two), x rejects (not proposed again)."), undo, configureGrid());
        Shortcuts.addShortcutListener(this, () -> move(1), Key.KEY_J);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.KEY_K);
        Shortcuts.addShortcutListener(this, this::confirmSelected, Key.KEY_C);
        Shortcuts.addShortcutListener(this, this::rejectSelected, Key.KEY_X);
        refresh();
    }

    private Grid<TriagePair> configureGrid() {
        grid.setId("triage");
        grid.addComponentColumn(p -> SharedWordsText.band(p.match())).setHeader("Match").setFlexGrow(0).setWidth("7rem")
                .setTooltipGenerator(p -> String.format(Locale.ROOT, "Matcher score %.2f (comparable within this list only)", p.match().score()));
        grid.addComponentColumn(p -> quote(p.outlet(), p.annotation().getQuote(), p.match().shared().inFirst()))
                .setHeader("Annotation").setFlexGrow(3)
                .setTooltipGenerator(p -> p.outlet() + ": " + p.annotation().getQuote());
        grid.addComponentColumn(p -> quote(p.match().outlet(), p.match().annotation().getQuote(), p.match().shared().inSecond()))
                .setHeader("May be the same claim as").setFlexGrow(3)
                .setTooltipGenerator(p -> p.match().outlet() + ": " + p.match().annotation().getQuote());
        grid.addColumn(p -> p.match().explanation()).setHeader("Shared words").setFlexGrow(2)
                .setTooltipGenerator(p -> p.match().explanation());
        grid.addComponentColumn(p -> {
            var confirm = new Button("Confirm", e -> confirm(p));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            var reject = new Button("Reject", e -> reject(p));
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(confirm, reject);
        }).setHeader("").setFlexGrow(0).setWidth("12rem");
        grid.setEmptyStateText("Nothing to triage: every suggestion is confirmed or rejected.");
        grid.setSizeFull();
        return grid;
    }

    private static Div quote(String outlet, String quote, List<SharedWords.Range> shared) {
        var cell = SharedWordsText.of(quote, shared);
        cell.addComponentAsFirst(new Span(outlet + ": "));
        cell.addClassName("triage-quote");
        return cell;
    }

    @Override
    public List<Shortcut> keyboardShortcuts() {
        return List.of(new Shortcut("j / k", "next / previous pair"), new Shortcut("c", "confirm: link the two"),
                new Shortcut("x", "reject: the pair is not proposed again (with undo)"));
    }

    private void refresh() {
        var selected = grid.asSingleSelect().getValue();
        int index = selected == null ? 0 : Math.max(0, pairs.indexOf(selected));
        pairs = triage.strongest(50);
        grid.setItems(pairs);
        if (!pairs.isEmpty()) {
            grid.select(pairs.get(Math.min(index, pairs.size() - 1)));
        }
    }

    private void move(int step) {
        if (pairs.isEmpty()) {
            return;
        }
        var selected = grid.asSingleSelect().getValue();
        int index = selected == null ? 0 : pairs.indexOf(selected) + step;
        var next = pairs.get(Math.floorMod(index, pairs.size()));
        grid.select(next);
        grid.scrollToItem(next);
    }

    private void confirmSelected() {
        var selected = grid.asSingleSelect().getValue();
        if (selected != null) {
            confirm(selected);
        }
    }

    private void rejectSelected() {
        var selected = grid.asSingleSelect().getValue();
        if (selected != null) {
            reject(selected);
        }
    }

    private void confirm(TriagePair pair) {
        linker.link(pair.annotation().getId(), pair.match(), id -> refresh(), undo);
    }

    private void reject(TriagePair pair) {
        long rejection = matches.reject(pair.annotation().getId(), pair.match().annotation().getId());
        refresh();
        undo.offer("Rejected: the pair will not be proposed again.", () -> {
            matches.undoReject(rejection);
            refresh();
        });
    }
}
