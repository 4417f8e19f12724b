package org.claimtrace.help.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.attribution.ui.TagChip;

import java.util.Map;

/**
 * What Claimtrace's words mean and how to make a first annotation, and each attribution type of the tagset
 * (as the admin named it) with an example from the seed articles.
 */
@Route("help")
@PageTitle("Help \u00b7 Claimtrace")
@PermitAll
class HelpView extends Div {

    /** Examples quoted from the seed articles; a type the seeds do not use gets a typical phrase, said as such. */
    static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("NAMED_PERSON", "The New York Times: \u201cAdrienne Watson, a National Security Council spokeswoman, "
                    + "acknowledged that the United States expected \u2018leader-level diplomatic engagement\u2019\u2026\u201d"),
            Map.entry("NAMED_INSTITUTION", "The New York Times: \u201cOn Wednesday, the White House warned that Mr. Putin and "
                    + "Mr. Kim had exchanged letters\u2026\u201d"),
            Map.entry("INTELLIGENCE", "The New York Times: \u201c\u2026had exchanged letters discussing a possible arms deal, "
                    + "citing declassified intelligence.\u201d"),
            Map.entry("DOCUMENT", "Not in the seeds; typically \u201caccording to a report by the U.N. panel\u201d."),
            Map.entry("STATE_MEDIA", "The New York Times: \u201cA photograph released by North Korean state news shows Kim Jong-un\u2026\u201d"),
            Map.entry("ANONYMOUS_DESCRIBED", "The New York Times: \u201cTheir trip\u2026 took about 10 days, according to officials "
                    + "briefed on the intelligence reports.\u201d"),
            Map.entry("ANONYMOUS_VAGUE", "GZERO Media: \u201c\u2026a US official has urged North Korea \u2018to cease its arms "
                    + "negotiations with Russia\u2026\u2019\u201d (on the record in the Times, as the NSC spokeswoman)"),
            Map.entry("OTHER_OUTLET", "GZERO Media: \u201cNorth Korea\u2019s Kim Jong Un reportedly plans to travel to Russia this month\u2026\u201d"),
            Map.entry("OWN_REPORTING", "Not in the seeds; typically \u201csatellite images reviewed by the newspaper show\u2026\u201d"),
            Map.entry("SOCIAL_POST", "Not in the seeds; typically \u201c\u2026he wrote on Telegram\u201d."),
            Map.entry("UNATTRIBUTED", "GZERO Media: \u201cIn exchange, Kim wants Russian technology for satellites and nuclear "
                    + "submarines\u201d \u2014 no source given."));

    HelpView(TagsetService tagset) {
        addClassName("help-page");
        add(new H2("How Claimtrace works"),
                new Paragraph("An article is one outlet's text of a story. An annotation is a span you highlight in one "
                        + "article because it asserts something checkable, with how the article sources it: the attribution "
                        + "type, the cue (\u201csaid\u201d, \u201caccording to\u201d, \u201creportedly\u201d) and the source as written. "
                        + "A claim is the same assertion carried by several outlets: annotations in different articles, "
                        + "linked by a person."),
                new H3("Your first annotation"),
                new Paragraph(new com.vaadin.flow.component.html.Anchor("articles", "Open the articles"),
                        new Span(" \u00b7 "), new com.vaadin.flow.component.html.Anchor("annotations", "See every annotation")),
                steps("Open Articles and pick one of the two seed articles: The New York Times and GZERO Media tell the same "
                                + "story (Kim Jong-un's planned trip to meet Vladimir Putin) and source it differently.",
                        "Drag over a sentence (it snaps to whole words) and press New annotation beside it, or press s for the "
                                + "sentence at the caret and n. Dashed underlines are the cue detector's suggestions: open one to accept it.",
                        "Pick the attribution type (or press its key, 1\u20139, 0, u), fill in the cue and the source as written, "
                                + "and Save. More about the source opens by itself when the type asks for more (why a source is anonymous, how they know).",
                        "Open a saved annotation and its Matches tab: annotations in other articles that may carry the same claim. "
                                + "Link makes them one claim; the Claims view lists claims, the Annotations view every annotation.",
                        "Press ? anywhere for the keyboard shortcuts."),
                new H3("Attribution types"),
                new Paragraph("How an article sources what it says. Each type's colour marks it in the text; the name is always shown beside the colour."));
        var table = new Div();
        table.addClassName("help-types");
        table.setId("help-types");
        for (AttributionTag tag : tagset.list()) {
            var row = new Div();
            row.addClassName("help-type");
            var meaning = new Div(new Span(tag.getDescription() == null ? "" : tag.getDescription()));
            var example = new Div(EXAMPLES.getOrDefault(tag.getCode(), "A type your newsroom added."));
            example.addClassName("help-example");
            row.add(new Div(new TagChip(tag)), new Div(meaning, example));
            table.add(row);
        }
        add(table);
    }

    private static OrderedList steps(String... texts) {
        var list = new OrderedList();
        for (var text : texts) {
            list.add(new ListItem(text));
        }
        return list;
    }
}
