package org.claimtrace.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.claimtrace.KaribuTest;
import org.claimtrace.article.ArticleFixtures;
import org.claimtrace.article.ArticleService;
import org.claimtrace.security.Role;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

class ImportViewTest extends KaribuTest {

    @Autowired
    ArticleService articles;

    @BeforeEach
    void openAsEditor() {
        login("ed", Role.Names.EDITOR);
        UI.getCurrent().navigate(ImportView.class);
    }

    private long articleCount() {
        var count = new AtomicLong();
        SystemTask.run(() -> count.set(articles.count()));
        return count.get();
    }

    @SuppressWarnings("unchecked")
    private static void fillValidMetadata() {
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Outlet")), "The New York Times");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Headline")), "Officials describe planned meeting");
        _setValue(_get(TextField.class, spec -> spec.withLabel("URL")), "https://example.org/meeting");
    }

    private static TextArea text() {
        return _get(TextArea.class, spec -> spec.withLabel("Article text"));
    }

    private static void clickImport() {
        _click(_get(Button.class, spec -> spec.withText("Import")));
    }

    @Test
    void pastingAnArticleImportsItAndOpensTheReader() {
        fillValidMetadata();
        _setValue(text(), ArticleFixtures.uniqueText("The meeting is planned for September, officials said."));
        clickImport();
        assertThat(currentView().getSimpleName()).isEqualTo("ReaderView");
        assertThat(_get(H2.class).getText()).isEqualTo("Officials describe planned meeting");
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Imported"));
    }

    @Test
    void emptyOrWhitespaceTextIsRefusedAndNothingStored() {
        long before = articleCount();
        fillValidMetadata();
        for (var blank : new String[]{"", "   \n\t \n "}) {
            _setValue(text(), blank);
            clickImport();
            assertThat(text().isInvalid()).isTrue();
            assertThat(text().getErrorMessage()).isEqualTo("The article text is empty.");
        }
        assertThat(currentView()).isEqualTo(ImportView.class);
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void anOversizedPasteIsRefusedWithItsSizeAndNothingStored() {
        long before = articleCount();
        fillValidMetadata();
        _setValue(text(), "x".repeat(5_200_000));
        clickImport();
        assertThat(text().getErrorMessage()).isEqualTo("The text has 5,200,000 characters; an article may have at most 5,000,000.");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void missingHeadlineAndOutletAreMarkedOnTheirFields() {
        _setValue(text(), ArticleFixtures.uniqueText("Some text."));
        clickImport();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Headline")).getErrorMessage()).isEqualTo("Give the headline.");
        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Outlet")).getErrorMessage()).isEqualTo("Choose or name the outlet.");
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Nothing was imported."));
    }

    @Test
    void aUrlThatIsNotHttpIsRefused() {
        long before = articleCount();
        fillValidMetadata();
        var url = _get(TextField.class, spec -> spec.withLabel("URL"));
        _setValue(url, "javascript:alert(1)");
        _setValue(text(), ArticleFixtures.uniqueText("Some text."));
        clickImport();
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("http://");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void aDuplicateOffersToOpenTheExistingArticle() {
        var seedText = articles.findByText(TextSeed.GZERO).orElseThrow();
        fillValidMetadata();
        _setValue(text(), seedText.getText());
        clickImport();
        assertThat(notificationTexts()).anyMatch(t -> t.contains("already in Claimtrace as \u201cKim Jong Un to meet Vladimir Putin\u201d")
                && t.contains("Open it"));
        _click(_get(Button.class, spec -> spec.withText("Open it")));
        assertThat(currentView().getSimpleName()).isEqualTo("ReaderView");
        assertThat(_get(H2.class).getText()).isEqualTo("Kim Jong Un to meet Vladimir Putin");
    }

    @Test
    void anUploadedHtmlFileFillsTheFormWithoutItsScripts() {
        var html = "<html><head><title>Uploaded story</title><script>alert(1)</script></head>"
                + "<body><p>First <b>para</b>.</p><p>Second para.</p></body></html>";
        _upload(_get(Upload.class), "story.html", "text/html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(text().getValue()).contains("First para.").contains("Second para.").doesNotContain("alert");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Headline")).getValue()).isEqualTo("Uploaded story");
    }

    @Test
    void badFilesAreRefusedWithAReasonAndLeaveTheFormAlone() {
        _setValue(text(), "what the editor typed");
        var bad = new Object[][]{
                {"empty.txt", new byte[0], "is empty"},
                {"scan.txt", "%PDF-1.4 binary".getBytes(StandardCharsets.UTF_8), "binary"},
                {"latin.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), "not valid UTF-8"},
                {"big.txt", new byte[5 * 1024 * 1024 + 1], "limit is 5 MB"},
                {"story.pdf", "text".getBytes(StandardCharsets.UTF_8), ".txt, .md or .html"},
        };
        for (var file : bad) {
            _upload(_get(Upload.class), (String) file[0], "application/octet-stream", (byte[]) file[1]);
            assertThat(notificationTexts()).as((String) file[0]).anyMatch(t -> t.contains((String) file[2]));
            assertThat(text().getValue()).isEqualTo("what the editor typed");
        }
    }

    /** The GZERO seed's text as on disk; the service normalises it before looking it up. */
    private static final class TextSeed {
        static final String GZERO = read("seeds/004_67ecabca6ce82094.txt");

        private static String read(String path) {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(path), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
