package org.claimtrace.exchange.ui;

import org.claimtrace.base.NewsroomDates;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.claimtrace.article.ArticleSummary;
import org.claimtrace.article.Outlet;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.claim.ClaimSummary;
import org.claimtrace.claim.LinkStatus;
import org.claimtrace.claim.ReviewStatus;
import org.claimtrace.exchange.ExportFile;
import org.claimtrace.exchange.ExportFilter;
import org.claimtrace.exchange.ExportOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What to export, filtered how, in which format. Reports changes through {@link #onChange}; the view exports. */
class ExportForm extends FormLayout {

    enum What { ANNOTATIONS, CLAIMS, BOTH }

    enum Format { CSV, JSON_LD }

    final RadioButtonGroup<What> what = new RadioButtonGroup<>("What");
    final RadioButtonGroup<Format> format = new RadioButtonGroup<>("Format");
    final MultiSelectComboBox<Outlet> outlets = new MultiSelectComboBox<>("Outlets");
    final ComboBox<ArticleSummary> article = new ComboBox<>("Article");
    final DatePicker from = NewsroomDates.configure(new DatePicker("Published from"));
    final DatePicker to = NewsroomDates.configure(new DatePicker("Published to"));
    final MultiSelectComboBox<AttributionTag> types = new MultiSelectComboBox<>("Attribution types");
    final ComboBox<ClaimSummary> claim = new ComboBox<>("Claim");
    final Select<LinkStatus> linkStatus = new Select<>();
    final Select<ReviewStatus> reviewStatus = new Select<>();
    final Checkbox includeText = new Checkbox("Include the quoted text and its context", true);
    final Checkbox rowPerLink = new Checkbox("One row per claim link", false);
    final Checkbox byteOrderMark = new Checkbox("Byte order mark, for Excel", false);
    final Checkbox neutraliseFormulas = new Checkbox("Neutralise cells a spreadsheet would run as formulas", true);

    ExportForm(List<Outlet> outletChoices, List<AttributionTag> tagChoices) {
        what.setItems(What.values());
        what.setItemLabelGenerator(w -> switch (w) {
            case ANNOTATIONS -> "Annotations";
            case CLAIMS -> "Claims";
            case BOTH -> "Both";
        });
        what.setValue(What.ANNOTATIONS);
        format.setItems(Format.values());
        format.setItemLabelGenerator(f -> f == Format.CSV ? "CSV (spreadsheets)" : "JSON-LD (W3C Web Annotation / ClaimReview)");
        format.setValue(Format.CSV);
        outlets.setItems(outletChoices);
        outlets.setItemLabelGenerator(Outlet::getName);
        article.setItemLabelGenerator(a -> a.headline() + " \u2014 " + a.outletName());
        article.setClearButtonVisible(true);
        types.setItems(tagChoices);
        types.setItemLabelGenerator(AttributionTag::getName);
        claim.setItemLabelGenerator(ClaimSummary::shortText);
        claim.setClearButtonVisible(true);
        linkStatus.setLabel("Link status");
        linkStatus.setItems(LinkStatus.values());
        linkStatus.setEmptySelectionAllowed(true);
        linkStatus.setEmptySelectionCaption("Any");
        linkStatus.setItemLabelGenerator(s -> s == null ? "Any" : s == LinkStatus.CONFIRMED ? "Linked to a claim" : "Not linked");
        reviewStatus.setLabel("Review status");
        reviewStatus.setItems(ReviewStatus.values());
        reviewStatus.setEmptySelectionAllowed(true);
        reviewStatus.setEmptySelectionCaption("Any");
        reviewStatus.setItemLabelGenerator(s -> s == null ? "Any" : switch (s) {
            case UNSTARTED -> "Unstarted";
            case IN_PROGRESS -> "In progress";
            case REVIEWED -> "Reviewed";
        });
        neutraliseFormulas.setHelperText("Leading = + - @ get an apostrophe; plain numbers such as -3% are left alone. "
                + "Turn off for scripts that want the raw values.");
        includeText.setHelperText("Leave out to share annotations without republishing the articles' words.");
        add(what, format, outlets, article, from, to, types, claim, linkStatus, reviewStatus,
                includeText, rowPerLink, byteOrderMark, neutraliseFormulas);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
        setColspan(what, 1);
    }

    void onChange(Runnable listener) {
        List<com.vaadin.flow.component.HasValue<?, ?>> fields = List.of(what, format, outlets, article, from, to, types, claim,
                linkStatus, reviewStatus, includeText, rowPerLink, byteOrderMark, neutraliseFormulas);
        fields.forEach(field -> field.addValueChangeListener(e -> listener.run()));
    }

    /** The filter as the form says; a date range that ends before it starts is refused. */
    ExportFilter filter() {
        return new ExportFilter(outlets.getValue().stream().map(Outlet::getId).collect(Collectors.toSet()),
                article.getValue() == null ? null : article.getValue().id(), from.getValue(), to.getValue(),
                types.getValue().stream().map(AttributionTag::getCode).collect(Collectors.toSet()),
                claim.getValue() == null ? null : claim.getValue().id(), linkStatus.getValue(), reviewStatus.getValue());
    }

    ExportOptions options() {
        return new ExportOptions(includeText.getValue(), rowPerLink.getValue(), byteOrderMark.getValue(), neutraliseFormulas.getValue());
    }

    List<ExportFile> files() {
        var files = new ArrayList<ExportFile>();
        boolean csv = format.getValue() == Format.CSV;
        if (what.getValue() != What.CLAIMS) {
            files.add(csv ? ExportFile.ANNOTATIONS_CSV : ExportFile.ANNOTATIONS_JSONLD);
        }
        if (what.getValue() != What.ANNOTATIONS) {
            files.add(csv ? ExportFile.CLAIMS_CSV : ExportFile.CLAIMREVIEW_JSONLD);
        }
        return files;
    }
}
