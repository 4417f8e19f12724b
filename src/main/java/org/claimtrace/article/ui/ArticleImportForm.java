package org.claimtrace.article.ui;

import org.claimtrace.base.NewsroomDates;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.claimtrace.article.Article;
import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.ExtractedArticle;
import org.claimtrace.article.ImportProblem;
import org.claimtrace.article.OutletKind;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The article's metadata and text. It only collects and shows: the owning view imports, and the
 * service's rules come back here as per-field messages.
 */
class ArticleImportForm extends FormLayout {

    final ComboBox<String> outlet = new ComboBox<>("Outlet");
    final Select<OutletKind> newOutletKind = new Select<>();
    final TextField headline = new TextField("Headline");
    final TextField byline = new TextField("Byline");
    final DateTimePicker published = NewsroomDates.configure(new DateTimePicker("Published"));
    final ComboBox<String> zone = new ComboBox<>("Time zone");
    final TextField url = new TextField("URL");
    final TextField language = new TextField("Language");
    final TextArea text = new TextArea("Article text");

    private final Set<String> knownOutlets = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    ArticleImportForm(List<String> outletNames) {
        knownOutlets.addAll(outletNames);
        outlet.setItems(outletNames);
        outlet.setAllowCustomValue(true);
        outlet.addCustomValueSetListener(e -> outlet.setValue(e.getDetail()));
        outlet.setHelperText("Pick one, or type a new outlet's name");
        outlet.setRequiredIndicatorVisible(true);
        outlet.addValueChangeListener(e -> newOutletKind.setVisible(isNewOutlet()));
        newOutletKind.setLabel("Kind of new outlet");
        newOutletKind.setItems(OutletKind.values());
        newOutletKind.setItemLabelGenerator(OutletKind::label);
        newOutletKind.setValue(OutletKind.NEWSPAPER);
        newOutletKind.setVisible(false);
        headline.setRequiredIndicatorVisible(true);
        headline.setMaxLength(Article.HEADLINE_MAX);
        byline.setMaxLength(Article.BYLINE_MAX);
        zone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        zone.setValue("UTC");
        url.setPlaceholder("https://");
        language.setValue("en");
        language.setHelperText("A language code: en, de, pt-BR");
        text.addClassName("import-text");
        text.setRequiredIndicatorVisible(true);
        text.setHelperText("Paste the article, or upload a file below. Markup is kept as plain characters.");
        text.setMinHeight("16rem");
        text.setMaxHeight("30rem");
        add(outlet, newOutletKind, headline, byline, published, zone, url, language);
        add(text, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private boolean isNewOutlet() {
        var name = outlet.getValue();
        return name != null && !name.isBlank() && !knownOutlets.contains(name.strip());
    }

    ArticleDraft draft() {
        var when = published.getValue();
        ZonedDateTime publishedAt = when == null ? null : when.atZone(ZoneId.of(zone.getValue() == null ? "UTC" : zone.getValue()));
        return new ArticleDraft(outlet.getValue(), newOutletKind.getValue(), headline.getValue(), byline.getValue(),
                publishedAt, url.getValue(), language.getValue(), text.getValue());
    }

    /** Fills what a file told us, without overwriting what the editor already typed. */
    void fill(ExtractedArticle extracted) {
        text.setValue(extracted.text());
        fillIfEmpty(headline, extracted.headline());
        fillIfEmpty(byline, extracted.byline());
        fillIfEmpty(url, extracted.url());
        if (extracted.language() != null) {
            language.setValue(extracted.language());
        }
        if (extracted.published() != null && published.isEmpty()) {
            published.setValue(extracted.published().toLocalDateTime());
            zone.setValue(extracted.published().getZone().getId());
        }
    }

    private static void fillIfEmpty(TextField field, String value) {
        if (value != null && field.isEmpty()) {
            field.setValue(value);
        }
    }

    void showProblems(List<ImportProblem> problems) {
        clearProblems();
        Map<String, HasValidation> fields = Map.of("outlet", outlet, "headline", headline, "byline", byline,
                "url", url, "language", language, "text", text);
        for (var problem : problems) {
            var field = problem.field() == null ? null : fields.get(problem.field());
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(problem.message());
            }
        }
    }

    void clearProblems() {
        for (HasValidation field : List.<HasValidation>of(outlet, headline, byline, url, language, text)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
