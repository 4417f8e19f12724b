package org.claimtrace.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtrace.annotation.SuggestionService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.base.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.ZonedDateTime;

@RestController
@RequestMapping("/api/articles")
@Tag(name = "Articles", description = "Import and read articles; the cue detector's suggestions")
class ArticleApi {

    private final ArticleService articles;
    private final SuggestionService suggestions;
    private final OutletDirectory outlets;

    ArticleApi(ArticleService articles, SuggestionService suggestions, OutletDirectory outlets) {
        this.articles = articles;
        this.suggestions = suggestions;
        this.outlets = outlets;
    }

    @GetMapping
    @Operation(summary = "Articles, newest first (undated last)",
            description = "q narrows to articles whose headline, outlet or text contains it (case-insensitive). No total is counted.")
    PageJson<ArticleSummaryJson> list(@RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size,
                                      @RequestParam(required = false) String q) {
        var slice = articles.search(q, Paging.of(page, size, Sort.by(Sort.Direction.DESC, "publishedAt")));
        var outlet = outlets.lookup();
        var items = slice.getContent().stream().map(s -> new ArticleSummaryJson(s.id(), outlet.apply(s.outletName()),
                s.headline(), s.published().map(ZonedDateTime::toOffsetDateTime).orElse(null))).toList();
        return new PageJson<>(items, page, size, null);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An article's metadata and normalised text")
    @Refuses(HttpStatus.NOT_FOUND)
    ArticleJson get(@PathVariable long id) {
        return ArticleJson.of(articles.find(id).orElseThrow(() -> noArticle(id)));
    }

    @PostMapping
    @Operation(summary = "Import an article (EDITOR, ADMIN)",
            description = "The same rules as the Import view: outlet name and headline required, text not empty and at most "
                    + "5,000,000 characters after normalisation, URL http(s). 422 lists every problem by field; a text "
                    + "already stored is 409, naming the existing article. 201 with Location on success.")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_CONTENT})
    ResponseEntity<ArticleJson> importArticle(@RequestBody ArticleImportJson body) {
        var article = articles.importArticle(body.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(article.getId()).toUri();
        return ResponseEntity.created(location).body(ArticleJson.of(article));
    }

    @GetMapping("/{id}/suggestions")
    @Operation(summary = "Claims the cue detector proposes in the article",
            description = "Minus spans already annotated and suggestions an editor dismissed. Offsets are UTF-16 code units. "
                    + "Accept one by POSTing its start, end and quote to /api/articles/{id}/annotations.")
    @Refuses(HttpStatus.NOT_FOUND)
    PageJson<SuggestionJson> suggestions(@Parameter(description = "article id") @PathVariable long id) {
        return Paging.whole(suggestions.pending(id).stream().map(SuggestionJson::of).toList());
    }

    static NotFoundException noArticle(long id) {
        return NotFoundException.of("article", id);
    }
}
