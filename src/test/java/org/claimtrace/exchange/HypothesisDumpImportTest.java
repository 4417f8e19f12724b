package org.claimtrace.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimtrace.OnStandards;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.OutletKind;
import org.claimtrace.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Imports a real Hypothesis search dump (kept outside the repository). Its rows target a page we do not have,
 * so each test builds an article from the dump's own selectors: every quote at its TextPositionSelector offsets,
 * its prefix and suffix around it, and emoji between them, so that UTF-16 units and code points differ.
 */
@OnStandards
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "ed", roles = "EDITOR")
class HypothesisDumpImportTest {

    /** What a dump row says about its span. */
    record Span(String id, int start, int end, String exact, String prefix, String suffix, String text) {
    }

    @Autowired
    ImportService imports;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimAnnotationService annotations;
    @TempDir
    Path folder;

    private JsonNode dump;
    private List<Span> spans;

    @BeforeEach
    void readTheDump() throws Exception {
        dump = JsonMapper.shared().readTree(OnStandards.Folder.resolve("hypothesis-search-dump.json").toFile());
        spans = new ArrayList<>();
        for (var row : dump.path("rows")) {
            Span span = null;
            int start = -1;
            int end = -1;
            for (var selector : row.path("target").path(0).path("selector")) {
                if (selector.path("type").asString().equals("TextPositionSelector")) {
                    start = selector.path("start").asInt();
                    end = selector.path("end").asInt();
                }
            }
            for (var selector : row.path("target").path(0).path("selector")) {
                if (selector.path("type").asString().equals("TextQuoteSelector")) {
                    span = new Span(row.path("id").asString(), start, end, selector.path("exact").asString(),
                            selector.path("prefix").asString(), selector.path("suffix").asString(), row.path("text").asString());
                }
            }
            spans.add(span);
        }
        spans.sort(Comparator.comparingInt(Span::start));
        assertThat(spans).as("the dump's rows each have a quote and a position").hasSizeGreaterThan(1).doesNotContainNull();
    }

    @Test
    void everyRowOfTheDumpImportsAtItsUtf16OffsetsOnTextWithEmoji() throws Exception {
        var url = "https://example.org/hypothesis-dump/" + UUID.randomUUID();
        var text = textWithTheQuotesAt(0);
        long article = importArticle(url, text);

        var result = imports.importAnnotations(dumpFor(url), true, Progress.NONE);

        assertThat(result.imported()).isEqualTo(spans.size());
        assertThat(result.reanchored()).as("Hypothesis counts UTF-16 units, as we do: nothing moves").isZero();
        var stored = annotations.forArticle(article).stream().sorted(Comparator.comparingInt(ClaimAnnotation::getStart)).toList();
        assertThat(stored).hasSize(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            var span = spans.get(i);
            assertThat(stored.get(i).getStart()).isEqualTo(span.start());
            assertThat(stored.get(i).getEnd()).isEqualTo(span.end());
            assertThat(stored.get(i).getQuote()).isEqualTo(span.exact());
        }
        assertThat(text.codePointCount(0, spans.getLast().start())).as("the test text has emoji before the last quote")
                .isLessThan(spans.getLast().start());
    }

    @Test
    void rowsWithoutAnAttributionTagImportAsUnattributedWithTheirCommentAsTheNote() throws Exception {
        var url = "https://example.org/hypothesis-dump/" + UUID.randomUUID();
        long article = importArticle(url, textWithTheQuotesAt(0));

        var result = imports.importAnnotations(dumpFor(url), true, Progress.NONE);

        assertThat(result.unattributed()).isEqualTo(spans.size());
        assertThat(result.summary()).contains(spans.size() + " as UNATTRIBUTED");
        assertThat(result.notes()).hasSize(spans.size()).allSatisfy(note -> assertThat(note.message()).contains("UNATTRIBUTED"));
        assertThat(annotations.forArticle(article)).allSatisfy(a -> {
            assertThat(a.getAttribution().getTypeCode()).isEqualTo("UNATTRIBUTED");
            var span = spans.stream().filter(s -> s.exact().equals(a.getQuote())).findFirst().orElseThrow();
            assertThat(a.getAttribution().getNote()).isEqualTo(span.text());
            assertThat(a.getCreatedBy()).isEqualTo(dump.path("rows").path(0).path("user").asString().replaceFirst("^acct:", ""));
        });
    }

    /** The article was corrected after the annotations were made: every quote moved, and is found by its words, whole. */
    @Test
    void quotesWhoseOffsetsNoLongerFitAreReanchoredWithTheirWholeLength() throws Exception {
        var url = "https://example.org/hypothesis-dump/" + UUID.randomUUID();
        long article = importArticle(url, textWithTheQuotesAt(7));

        var result = imports.importAnnotations(dumpFor(url), true, Progress.NONE);

        assertThat(result.imported()).isEqualTo(spans.size());
        assertThat(result.reanchored()).isEqualTo(spans.size());
        assertThat(annotations.forArticle(article)).extracting(ClaimAnnotation::getQuote)
                .containsExactlyInAnyOrderElementsOf(spans.stream().map(Span::exact).toList());
    }

    @Test
    void aTagThatNamesNoAttributionTypeIsKeptInTheNote() throws Exception {
        var url = "https://example.org/hypothesis-dump/" + UUID.randomUUID();
        long article = importArticle(url, textWithTheQuotesAt(0));
        var tree = (ObjectNode) JsonMapper.shared().readTree(Files.readString(dumpFor(url)));
        var first = (ObjectNode) tree.path("rows").path(0);
        first.putArray("tags").add("regression").add("Anonymous, vague");
        var second = (ObjectNode) tree.path("rows").path(1);
        second.putArray("tags").add("testing").add("wikipedia");

        var result = imports.importAnnotations(Files.writeString(folder.resolve("tagged.json"), tree.toString()), true, Progress.NONE);

        assertThat(result.unattributed()).isEqualTo(spans.size() - 1);
        var byQuote = annotations.forArticle(article);
        var firstQuote = quoteOf(first);
        var secondQuote = quoteOf(second);
        assertThat(byQuote).filteredOn(a -> a.getQuote().equals(firstQuote)).singleElement().satisfies(a -> {
            assertThat(a.getAttribution().getTypeCode()).isEqualTo("ANONYMOUS_VAGUE");
            assertThat(a.getAttribution().getNote()).isEqualTo(first.path("text").asString() + "\n\nTags: regression");
        });
        assertThat(byQuote).filteredOn(a -> a.getQuote().equals(secondQuote)).singleElement().satisfies(a -> {
            assertThat(a.getAttribution().getTypeCode()).isEqualTo("UNATTRIBUTED");
            assertThat(a.getAttribution().getNote()).isEqualTo(second.path("text").asString() + "\n\nTags: testing, wikipedia");
        });
        assertThat(result.notes()).anySatisfy(note -> assertThat(note.message())
                .isEqualTo("Its tags (testing, wikipedia) name no attribution type: imported as UNATTRIBUTED, the tags kept in the note."));
    }

    private static String quoteOf(JsonNode row) {
        for (var selector : row.path("target").path(0).path("selector")) {
            if (selector.path("type").asString().equals("TextQuoteSelector")) {
                return selector.path("exact").asString();
            }
        }
        throw new IllegalArgumentException("no quote");
    }

    /**
     * Each quote at its offset plus {@code shift}, with its prefix and suffix around it (their tabs and line breaks
     * as spaces, which the article import would otherwise trim), and emoji in between.
     */
    private String textWithTheQuotesAt(int shift) {
        var text = new StringBuilder();
        for (var span : spans) {
            assertThat(span.end() - span.start()).as("a quote's length in UTF-16 units").isEqualTo(span.exact().length());
            var prefix = flat(span.prefix());
            fill(text, shift + span.start() - prefix.length());
            text.append(prefix).append(span.exact()).append(flat(span.suffix()));
        }
        fill(text, text.length() + 40);
        // each test's article is a text of its own (the same text twice would be refused as a duplicate)
        return text.append("\n\n").append(UUID.randomUUID()).toString();
    }

    private static String flat(String context) {
        return context.replaceAll("[\\t\\n\\r]", " ");
    }

    /** Emoji (two UTF-16 units, one code point) up to {@code length}, a letter where one unit is left. */
    private static void fill(StringBuilder text, int length) {
        assertThat(length).as("the dump's spans and their context do not overlap").isGreaterThanOrEqualTo(text.length());
        if (text.isEmpty() && length > 0) {
            text.append('A');
        }
        while (text.length() + 2 <= length) {
            text.append("\uD83D\uDE00");
        }
        while (text.length() < length) {
            text.append('x');
        }
    }

    private long importArticle(String url, String text) {
        return SystemTask.call(() -> articles.importArticle(new ArticleDraft("Hypothesis dump outlet", OutletKind.OTHER,
                "Built from the Hypothesis dump's selectors", null, null, url, "en", text)).getId());
    }

    /** The dump as it is, its rows pointed at our article's URL. */
    private Path dumpFor(String url) throws Exception {
        var tree = (ObjectNode) JsonMapper.shared().readTree(OnStandards.Folder.resolve("hypothesis-search-dump.json").toFile());
        for (var row : tree.path("rows")) {
            ((ObjectNode) row).put("uri", url);
            for (var target : row.path("target")) {
                ((ObjectNode) target).put("source", url);
            }
        }
        return Files.writeString(folder.resolve("dump-" + UUID.randomUUID() + ".json"), tree.toString());
    }
}
