package org.claimtrace.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.claimtrace.article.Article;
import org.claimtrace.article.ArticleFileReader;
import org.claimtrace.article.ArticleRejectedException;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.DuplicateArticleException;
import org.claimtrace.article.Outlet;
import org.claimtrace.article.OutletService;
import org.claimtrace.base.Notifications;
import org.claimtrace.security.Role;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

@Route("import")
@PageTitle("Import article · Claimtrace")
@RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
class ImportView extends VerticalLayout {

    private final ArticleService articles;
    private final ArticleImportForm form;
    private final ProgressBar reading = new ProgressBar();

    ImportView(ArticleService articles, OutletService outlets) {
        this.articles = articles;
        this.form = new ArticleImportForm(outlets.list().stream().map(Outlet::getName).toList());
        setMaxWidth("60rem");
        reading.setIndeterminate(true);
        reading.setVisible(false);
        add(form, createUpload(), reading, createButtons());
    }

    private VerticalLayout createUpload() {
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> receive(metadata.fileName(), bytes)));
        upload.setId("article-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleFileReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("or drop a .txt, .md or .html file (up to 5 MB) here"));
        upload.addStartedListener(e -> reading.setVisible(true));
        upload.addFileRejectedListener(e -> Notifications.error(rejectionMessage(e.getErrorMessage())));
        upload.addAllFinishedListener(e -> {
            reading.setVisible(false);
            upload.clearFileList();
        });
        var hint = new Paragraph("Uploading puts the file's text into the form so you can check it before importing. "
                + "From HTML only the article text is kept: scripts, styles and navigation are dropped.");
        hint.addClassName("hint");
        return new VerticalLayout(upload, hint);
    }

    private static String rejectionMessage(String clientMessage) {
        var lower = clientMessage == null ? "" : clientMessage.toLowerCase(Locale.ROOT);
        if (lower.contains("big")) {
            return "The file is larger than 5 MB, the limit for one article.";
        }
        if (lower.contains("type")) {
            return "Only " + ArticleFileReader.ACCEPTED + " files can be imported.";
        }
        return clientMessage;
    }

    /** Called with the whole file: reading text from it is fast, so it happens here, then the form shows it. */
    void receive(String fileName, byte[] bytes) {
        try {
            var extracted = ArticleFileReader.read(fileName, bytes);
            form.fill(extracted);
            Notifications.info(String.format(Locale.ROOT, "Read %,d characters from %s. Check the text and details, then import.",
                    extracted.text().length(), fileName));
        } catch (ArticleRejectedException rejected) {
            Notifications.error(rejected.getMessage());
        }
        reading.setVisible(false);
    }

    private HorizontalLayout createButtons() {
        var importButton = new Button("Import", e -> importArticle());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> UI.getCurrent().navigate(ArticlesView.class));
        return new HorizontalLayout(importButton, cancel);
    }

    private void importArticle() {
        form.clearProblems();
        try {
            Article article = articles.importArticle(form.draft());
            Notifications.success("Imported \u201c" + article.getHeadline() + "\u201d.");
            UI.getCurrent().navigate("articles/" + article.getId());
        } catch (ArticleRejectedException rejected) {
            form.showProblems(rejected.problems());
            Notifications.error("Nothing was imported. " + rejected.getMessage());
        } catch (DuplicateArticleException duplicate) {
            form.showProblems(List.of(duplicate.problem()));
            Notifications.withAction(duplicate.getMessage() + " Nothing was imported.", "Open it",
                    () -> UI.getCurrent().navigate("articles/" + duplicate.existingId()));
        }
    }
}
