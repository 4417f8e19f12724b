package org.claimtrace.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.claimtrace.article.ArticleParagraphs;
import org.claimtrace.article.ArticleRevision;
import org.claimtrace.base.NewsroomDates;

import java.util.List;

/** The article's earlier texts, each readable as it was (as text, never as markup). */
class EarlierRevisionsDialog extends Dialog {


    EarlierRevisionsDialog(List<ArticleRevision> revisions) {
        setHeaderTitle("Earlier revisions");
        setWidth("min(60rem, 95vw)");
        if (revisions.isEmpty()) {
            add(new Paragraph("This article has not been revised."));
        }
        for (var revision : revisions) {
            var body = new Div();
            body.addClassName("article-text");
            ArticleParagraphs.of(revision.getText()).forEach(p -> body.add(new Paragraph(p.text())));
            add(new Details("Revision " + revision.getRevision() + " \u2014 replaced " + NewsroomDates.utc(revision.getCreatedAt())
                    + " by " + revision.getCreatedBy(), body));
        }
        getFooter().add(new Button("Close", e -> close()));
    }
}
