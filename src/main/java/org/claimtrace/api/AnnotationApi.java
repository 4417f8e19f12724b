package org.claimtrace.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleService;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.linking.MatchService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Annotations", description = "Claim annotations (spans with their attribution) and the matcher's candidates")
class AnnotationApi {

    static final int MAX_MATCHES = 50;

    private final ArticleService articles;
    private final ClaimAnnotationService annotations;
    private final MatchService matches;
    private final AttributionCheck attributionCheck;
    private final OutletDirectory outlets;

    AnnotationApi(ArticleService articles, ClaimAnnotationService annotations, MatchService matches,
                  AttributionCheck attributionCheck, OutletDirectory outlets) {
        this.articles = articles;
        this.annotations = annotations;
        this.matches = matches;
        this.attributionCheck = attributionCheck;
        this.outlets = outlets;
    }

    @GetMapping("/api/articles/{articleId}/annotations")
    @Operation(summary = "The article's annotations in reading order")
    @Refuses(HttpStatus.NOT_FOUND)
    PageJson<AnnotationJson> list(@PathVariable long articleId) {
        return Paging.whole(annotations.forArticle(articleId).stream().map(AnnotationJson::of).toList());
    }

    @PostMapping("/api/articles/{articleId}/annotations")
    @Operation(summary = "Annotate a span of the article (EDITOR, ADMIN)",
            description = "start and end are UTF-16 code units into the article's text (JavaScript and Java string indices, "
                    + "not code points); the span is trimmed and widened to whole words, so the stored start/end may differ. "
                    + "With quote, the request is refused (422) unless the text at start..end is that quote.")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_CONTENT})
    ResponseEntity<AnnotationJson> create(@PathVariable long articleId, @Valid @RequestBody AnnotationCreateJson body) {
        var attribution = attributionCheck.checked(body.attribution());
        var created = annotations.create(articleId, body.start(), body.end(), body.quote(), attribution);
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/annotations/{id}")
                .buildAndExpand(created.getId()).toUri();
        return ResponseEntity.created(location).body(AnnotationJson.of(created));
    }

    @GetMapping("/api/annotations/{id}")
    @Operation(summary = "One annotation, with its current version")
    @Refuses(HttpStatus.NOT_FOUND)
    AnnotationJson get(@PathVariable long id) {
        return AnnotationJson.of(annotations.find(id).orElseThrow(() -> noAnnotation(id)));
    }

    @PutMapping("/api/annotations/{id}")
    @Operation(summary = "Change an annotation's attribution (EDITOR, ADMIN)",
            description = "Send the version you read; if someone changed the annotation since, nothing is saved and the answer is 409.")
    @Refuses({HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_CONTENT})
    AnnotationJson update(@PathVariable long id, @Valid @RequestBody AnnotationUpdateJson body) {
        var attribution = attributionCheck.checked(body.attribution());
        return AnnotationJson.of(annotations.update(id, body.version(), attribution));
    }

    @DeleteMapping("/api/annotations/{id}")
    @Operation(summary = "Delete an annotation (EDITOR, ADMIN)", description = "409 when version is not the current one.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam long version) {
        annotations.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/annotations/{id}/matches")
    @Operation(summary = "Annotations in other articles that may carry the same claim, best first",
            description = "The matcher's ranked candidates (words, and sentence meaning once its vectors are ready). "
                    + "Pairs a person rejected are left out. limit is 1 to " + MAX_MATCHES + ".")
    @Refuses(HttpStatus.NOT_FOUND)
    PageJson<MatchJson> matches(@PathVariable long id, @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > MAX_MATCHES) {
            throw new BadRequestException("Ask for 1 to " + MAX_MATCHES + " matches.",
                    java.util.List.of(ApiError.Detail.field("limit", "1 to " + MAX_MATCHES)));
        }
        var outlet = outlets.lookup();
        return Paging.whole(matches.matchesFor(id, limit).stream().map(m -> new MatchJson(m.annotation().getClaimId(),
                m.annotation().getId(), m.annotation().getArticleId(), outlet.apply(m.outlet()), m.annotation().getQuote(),
                m.score(), m.matchedTerms())).toList());
    }

    static NotFoundException noAnnotation(long id) {
        return NotFoundException.of("annotation", id);
    }
}
