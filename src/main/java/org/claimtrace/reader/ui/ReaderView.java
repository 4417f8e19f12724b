package org.claimtrace.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.article.Article;
import org.claimtrace.article.ArticleRejectedException;
import org.claimtrace.article.ArticleService;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.attribution.ui.TagChip;
import org.claimtrace.base.ConflictException;
import org.claimtrace.base.KeyboardShortcuts;
import org.claimtrace.base.NewsroomDates;
import org.claimtrace.base.Notifications;
import org.claimtrace.reader.ArticleMarkup;
import org.claimtrace.reader.Highlight;
import org.claimtrace.security.Role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article to read and annotate: the text with its highlights, a legend, and a side panel with the
 * editor, the article's annotations and the detector's suggestions. {@code ?annotation=ID} opens one. The annotating itself is in
 * {@link ReaderSession}; this class lays the page out.
 */
@Route("articles/:id(\\d+)")
@PageTitle("Reader · Claimtrace")
@PermitAll
class ReaderView extends Div implements BeforeEnterObserver, KeyboardShortcuts {


    private final ArticleService articles;
    private final TagsetService tagset;
    private final ReaderServices services;
    private final boolean canEdit;
    private ReaderSession session;
    private long articleId = -1;

    ReaderView(ArticleService articles, TagsetService tagset, ReaderServices services,
               AuthenticationContext authentication) {
        this.articles = articles;
        this.tagset = tagset;
        this.services = services;
        this.canEdit = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.EDITOR);
        addClassName("reader-layout");
        // annotations another editor adds, changes or deletes in this article appear here without reloading
        // read once on this node for all its open readers (ArticleReads); each takes its own article's
        org.claimtrace.base.live.LiveView.follow(this, services.reads()::follow, change -> {
            if (change.articleId() == articleId && session != null) {
                session.refreshFromElsewhere(change);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var article = event.getRouteParameters().getLong("id").flatMap(articles::find);
        if (article.isEmpty()) {
            var missing = new Div(new H2("No such article"), new Paragraph("There is no article with this number. It may have been removed."),
                    new Anchor("articles", "Back to the articles"));
            missing.addClassName("reader");
            add(missing);
            return;
        }
        show(article.get());
        event.getLocation().getQueryParameters().getSingleParameter("annotation").flatMap(ReaderView::number)
                .ifPresent(id -> session.openById(id));
    }

    @Override
    public List<Shortcut> keyboardShortcuts() {
        return KeyboardHelp.READER;
    }

    private static java.util.Optional<Long> number(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    private void show(Article article) {
        var tags = tagset.list();
        Map<String, AttributionTag> byCode = new LinkedHashMap<>();
        tags.forEach(t -> byCode.put(t.getCode(), t));
        var reader = new Div();
        reader.addClassName("reader");
        session = new ReaderSession(article, tags, byCode, services, canEdit);
        this.articleId = article.getId();
        reader.add(header(article, session), legend(tags), session.text());
        add(reader, session.panel());
        session.refresh();
    }

    private Div header(Article article, ReaderSession session) {
        var headline = new H2(article.getHeadline());
        headline.addClassName("reader-headline");
        var meta = new Div();
        meta.addClassName("reader-meta");
        meta.add(new Span(article.getOutlet().getName()));
        if (article.getByline() != null) {
            meta.add(new Span("By " + article.getByline().replaceFirst("(?i)^by\\s+", "")));
        }
        meta.add(new Span(NewsroomDates.published(article.getPublished().orElse(null))));
        if (article.getUrl() != null) {
            var link = new Anchor(article.getUrl(), article.getUrl(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            meta.add(link);
        }
        article.getNearDuplicateOf().flatMap(articles::find).ifPresent(original -> {
            var note = new Div(new Span(String.format(Locale.ROOT, "Syndicated copy: %.0f%% the same text as ",
                            100 * article.getNearDuplicateSimilarity().orElse(0.0))),
                    new Anchor("articles/" + original.getId(), "\u201c" + original.getHeadline() + "\u201d"),
                    new Span(" (" + original.getOutlet().getName() + "). Counted as one origin."));
            note.addClassName("state-changed");
            note.setId("near-duplicate");
            meta.add(note);
        });
        var tools = new Div();
        tools.addClassName("reader-tools");
        if (canEdit) {
            var suggest = new Button("Suggest", VaadinIcon.MAGIC.create(), e -> session.toggleSuggestions());
            suggest.setTooltipText("Show or hide the cue detector's suggested annotations (dashed underline)");
            suggest.addThemeVariants(ButtonVariant.LUMO_SMALL);
            tools.add(suggest);
        }
        if (canEdit) {
            var revise = new Button("New revision", VaadinIcon.EDIT.create(), e -> openRevision(article));
            revise.addThemeVariants(ButtonVariant.LUMO_SMALL);
            tools.add(revise);
        }
        var earlier = new Button("Revision " + article.getRevision(), VaadinIcon.TIME_BACKWARD.create(),
                e -> new EarlierRevisionsDialog(articles.earlierRevisions(article.getId())).open());
        earlier.setTooltipText("Read the earlier texts of this article");
        earlier.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        tools.add(earlier);
        var help = new Button("Keyboard", VaadinIcon.KEYBOARD.create(), e -> KeyboardHelp.forReader().open());
        help.setTooltipText("Keyboard shortcuts (?)");
        help.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        tools.add(help);
        return new Div(headline, meta, tools);
    }

    private void openRevision(Article article) {
        var dialog = new RevisionDialog(article.getText());
        var save = new Button("Save revision", e -> {
            try {
                var revised = articles.revise(article.getId(), dialog.text.getValue());
                dialog.close();
                removeAll();
                show(articles.find(revised.getId()).orElseThrow());
                Notifications.success(revisionSummary(revised));
            } catch (ArticleRejectedException | ConflictException rejected) {
                Notifications.error("No revision saved. " + rejected.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private String revisionSummary(Article revised) {
        var states = services.annotations().forArticle(revised.getId()).stream()
                .collect(java.util.stream.Collectors.groupingBy(ClaimAnnotation::getAnchorState, java.util.stream.Collectors.counting()));
        return "Revision " + revised.getRevision() + " saved. Annotations: " + states.getOrDefault(AnchorState.ANCHORED, 0L)
                + " anchored, " + states.getOrDefault(AnchorState.TEXT_CHANGED, 0L) + " with changed text to confirm, "
                + states.getOrDefault(AnchorState.ORPHANED, 0L) + " orphaned.";
    }

    private static Div legend(List<AttributionTag> tags) {
        var legend = new Div();
        legend.addClassName("legend");
        legend.setId("legend");
        tags.forEach(tag -> legend.add(new TagChip(tag)));
        return legend;
    }

    /** Highlights for the text: live annotations (orphans have no place) and, when shown, suggestions. */
    static String markup(String text, List<ClaimAnnotation> annotations, List<org.claimtrace.attribution.ClaimSuggestion> suggestions,
                         Map<String, AttributionTag> tags, String selectedId) {
        var highlights = new ArrayList<Highlight>();
        for (var a : annotations) {
            if (a.getAnchorState() == AnchorState.ORPHANED) {
                continue;
            }
            var tag = tags.get(a.getAttribution().getTypeCode());
            var source = a.getAttribution().getSourceAsWritten();
            highlights.add(new Highlight(a.getId().toString(), a.getStart(), a.getEnd(), tag == null ? null : tag.getColour(),
                    (tag == null ? a.getAttribution().getTypeCode() : tag.getName()) + (source == null ? "" : " \u2014 " + source), false));
        }
        for (int i = 0; i < suggestions.size(); i++) {
            var s = suggestions.get(i);
            var tag = tags.get(s.type().name());
            highlights.add(new Highlight("s" + i, s.start(), s.end(), tag == null ? null : tag.getColour(),
                    "Suggested: " + (tag == null ? s.type().name() : tag.getName()) + " \u2014 cue \u201c" + s.cue() + "\u201d", true));
        }
        return ArticleMarkup.render(text, highlights, selectedId);
    }
}
