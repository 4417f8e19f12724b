package org.claimtrace.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.OutletService;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.base.Notifications;
import org.claimtrace.claim.ClaimFilter;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.exchange.ExportFile;
import org.claimtrace.exchange.ExportService;
import org.springframework.data.domain.PageRequest;

import java.io.IOException;
import java.util.Locale;

/**
 * Export: choose what, filter, format; the download streams from the database as it is written, with
 * progress here while it runs.
 */
@Route("export")
@PageTitle("Export · Claimtrace")
@PermitAll
class ExportView extends VerticalLayout {

    /** How often (rows) the progress bar moves: often enough to see, rarely enough not to flood the UI. */
    private static final long PROGRESS_EVERY = 2_000;

    private final ExportService exports;
    private final ExportForm form;
    private final Span summary = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();

    ExportView(ExportService exports, OutletService outlets, TagsetService tagset, ArticleService articles, ClaimService claims) {
        this.exports = exports;
        this.form = new ExportForm(outlets.list(), tagset.list());
        form.article.setItems(query -> articles.search(query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        form.claim.setItems(query -> claims.search(new ClaimFilter(query.getFilter().orElse(""), null, null, null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        setMaxWidth("60rem");
        summary.setId("export-summary");
        progress.setVisible(false);
        progressText.setId("export-progress");
        form.onChange(this::updateSummary);
        add(new H2("Export"), form, summary, createDownload(), progress, progressText);
        updateSummary();
    }

    private HorizontalLayout createDownload() {
        var button = new Button("Download", VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        var anchor = new Anchor(download(), "");
        anchor.setId("export-download");
        anchor.add(button);
        // The download runs in its own request; the page polls while it runs to show progress.
        anchor.getElement().addEventListener("click", e -> UI.getCurrent().setPollInterval(500));
        return new HorizontalLayout(anchor);
    }

    private void updateSummary() {
        try {
            var files = form.files();
            var parts = files.stream().map(f -> String.format(Locale.ROOT, "%,d %s", exports.count(f, form.filter(), form.options()),
                    f.ofClaims() ? "claims" : "annotations")).toList();
            summary.setText("Will export " + String.join(" and ", parts) + " as "
                    + (files.size() == 1 ? files.getFirst().fileName() : "a ZIP of " + files.stream().map(ExportFile::fileName).toList()) + ".");
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
        }
    }

    private DownloadHandler download() {
        return event -> run(event, event.getUI());
    }

    private void run(DownloadEvent event, UI ui) throws IOException {
        var asked = new Request[1];
        ui.accessSynchronously(() -> asked[0] = new Request(form.files(), form.filter(), form.options()));
        var request = asked[0];
        long total = request.files().stream().mapToLong(f -> exports.count(f, request.filter(), request.options())).sum();
        ui.access(() -> {
            progress.setVisible(true);
            progress.setValue(0);
            progressText.setText("Preparing\u2026");
        });
        boolean zip = request.files().size() > 1;
        event.setFileName(zip ? "claimtrace-export.zip" : request.files().getFirst().fileName());
        event.setContentType(zip ? "application/zip" : request.files().getFirst().mediaType());
        try (var out = event.getOutputStream()) {
            org.claimtrace.exchange.Progress listener = rows -> {
                if (rows % PROGRESS_EVERY == 0) {
                    ui.access(() -> showProgress(rows, total));
                }
            };
            long rows = zip ? exports.writeZip(request.files(), request.filter(), request.options(), out, listener)
                    : exports.write(request.files().getFirst(), request.filter(), request.options(), out, listener);
            ui.access(() -> {
                showProgress(rows, total);
                progressText.setText(String.format(Locale.ROOT, "Exported %,d rows.", rows));
                ui.setPollInterval(-1);
            });
        } catch (RuntimeException e) {
            ui.access(() -> {
                Notifications.error("The export stopped: " + e.getMessage());
                ui.setPollInterval(-1);
            });
            throw e;
        }
    }

    private void showProgress(long rows, long total) {
        progress.setVisible(true);
        progress.setValue(total == 0 ? 1 : Math.min(1, rows / (double) total));
        progressText.setText(String.format(Locale.ROOT, "%,d of %,d rows written\u2026", rows, total));
    }

    private record Request(java.util.List<ExportFile> files, org.claimtrace.exchange.ExportFilter filter,
                           org.claimtrace.exchange.ExportOptions options) {
    }
}
