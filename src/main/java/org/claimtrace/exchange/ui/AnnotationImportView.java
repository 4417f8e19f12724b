package org.claimtrace.exchange.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.claimtrace.base.Notifications;
import org.claimtrace.exchange.FileRejectedException;
import org.claimtrace.exchange.ImportResult;
import org.claimtrace.exchange.ImportService;
import org.claimtrace.exchange.Progress;
import org.claimtrace.exchange.RowProblem;
import org.claimtrace.security.Role;

import java.io.File;
import java.nio.file.Files;
import java.util.List;

/**
 * Import annotations.csv or W3C Web Annotation JSON-LD (ours or Hypothesis'). A bad file imports nothing;
 * its problems are listed here row by row, with line numbers, so they can be fixed in the file.
 */
@Route("import-annotations")
@PageTitle("Import annotations · Claimtrace")
@RolesAllowed({Role.Names.ADMIN, Role.Names.EDITOR})
class AnnotationImportView extends VerticalLayout {

    private final ImportService imports;
    private final Checkbox restoreFormulas = new Checkbox("Cells were neutralised against formulas (Claimtrace's default export)", true);
    private final Span outcome = new Span();
    private final Grid<RowProblem> problems = new Grid<>(RowProblem.class, false);

    AnnotationImportView(ImportService imports) {
        this.imports = imports;
        setMaxWidth("70rem");
        outcome.setId("import-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        configureProblems();
        var hint = new Paragraph("The articles must be here already: rows find their article by content hash, then URL. "
                + "Offsets that no longer fit are re-anchored by the quote, as the reader does. Up to 100 MB.");
        hint.addClassName("hint");
        add(new H2("Import annotations"), createUpload(), restoreFormulas, hint, outcome, problems);
    }

    private Upload createUpload() {
        var upload = new Upload(UploadHandler.toTempFile((metadata, file) -> receive(metadata.fileName(), file)));
        upload.setId("annotation-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, 100L * 1024 * 1024));
        upload.setAcceptedFileTypes(".csv", ".jsonld", ".json", "text/csv", "application/ld+json", "application/json");
        upload.setDropLabel(new Span("or drop annotations.csv or a .jsonld file here"));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage().toLowerCase().contains("big")
                ? "The file is larger than 100 MB, the limit for one import. Split it and import the parts." : e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        return upload;
    }

    private void configureProblems() {
        problems.addColumn(p -> p.line() == null ? "" : p.line().toString()).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.field() == null ? "" : p.field()).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(RowProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.setAllRowsVisible(true);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setVisible(false);
    }

    /** Runs with the upload's request, so the import is done (or refused) when the upload finishes. */
    void receive(String fileName, File file) {
        try {
            show(imports.importAnnotations(file.toPath(), restoreFormulas.getValue(), Progress.NONE), fileName);
        } catch (FileRejectedException e) {
            outcome.setText(fileName + ": " + e.getMessage()
                    + (e.problemCount() > e.problems().size() ? " The first " + e.problems().size() + " are listed." : ""));
            // no notification: it would cover the list of problems, which says it all
            outcome.getStyle().setColor("var(--lumo-error-text-color)");
            problems.setItems(e.problems());
            problems.setVisible(true);
        } finally {
            try {
                Files.deleteIfExists(file.toPath());
            } catch (java.io.IOException ignored) {
                // a temporary file the JVM cleans up anyway
            }
        }
    }

    private void show(ImportResult result, String fileName) {
        outcome.setText(fileName + ": " + result.summary());
        outcome.getStyle().remove("color");
        problems.setItems(result.notes());
        problems.setVisible(!result.notes().isEmpty());
        Notifications.success(result.summary());
    }

    List<RowProblem> listedProblems() {
        return problems.getListDataView().getItems().toList();
    }
}
