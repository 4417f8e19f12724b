package org.claimtrace.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.claim.ClaimFilter;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.ReviewStatus;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/claims")
@Tag(name = "Claims", description = "Cross-outlet claims and their appearances; links are confirmed by a person")
class ClaimApi {

    private final ClaimService claims;
    private final ClaimAnnotationService annotations;
    private final ClaimJsonAssembler assembler;

    ClaimApi(ClaimService claims, ClaimAnnotationService annotations, ClaimJsonAssembler assembler) {
        this.claims = claims;
        this.annotations = annotations;
        this.assembler = assembler;
    }

    @GetMapping
    @Operation(summary = "Claims, newest first, filtered as in the Claims view")
    PageJson<ClaimSummaryJson> list(@RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size,
                                    @Parameter(description = "Text in the short or full statement") @RequestParam(required = false) String q,
                                    @Parameter(description = "Only claims with an appearance in this outlet") @RequestParam(required = false) Long outletId,
                                    @Parameter(description = "Only claims with an appearance of this attribution type code") @RequestParam(required = false) String type,
                                    @RequestParam(required = false) ReviewStatus reviewStatus) {
        var sort = Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"));
        var found = claims.search(new ClaimFilter(q, outletId, type, reviewStatus), Paging.of(page, size, sort));
        return new PageJson<>(found.getContent().stream().map(ClaimSummaryJson::of).toList(), page, size, found.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A claim with its appearances, first appearance, review status and version")
    @Refuses(HttpStatus.NOT_FOUND)
    ClaimJson get(@PathVariable long id) {
        return assembler.of(claims.find(id).orElseThrow(() -> noClaim(id)));
    }

    @PostMapping
    @Operation(summary = "A new claim from annotations not yet linked to a claim (EDITOR, ADMIN)",
            description = "Each annotation becomes a confirmed appearance, recorded as confirmed by you. "
                    + "409 when one of them already belongs to a claim (link or merge instead).")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_CONTENT})
    ResponseEntity<ClaimJson> create(@Valid @RequestBody ClaimCreateJson body) {
        var claim = claims.create(body.shortText(), body.annotationIds());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(claim.getId()).toUri();
        return ResponseEntity.created(location).body(assembler.of(claim));
    }

    @PostMapping("/{id}/appearances")
    @Operation(summary = "Confirm an annotation as an appearance of the claim (EDITOR, ADMIN)",
            description = "409 when the annotation already belongs to a claim.")
    @Refuses({HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_CONTENT})
    ClaimJson link(@PathVariable long id, @Valid @RequestBody AppearanceLinkJson body) {
        claims.link(id, body.annotationId());
        return assembler.of(claims.find(id).orElseThrow(() -> noClaim(id)));
    }

    @DeleteMapping("/{id}/appearances/{annotationId}")
    @Operation(summary = "Unlink an appearance; the annotation stays (EDITOR, ADMIN)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Refuses({HttpStatus.NOT_FOUND, HttpStatus.UNPROCESSABLE_CONTENT})
    ResponseEntity<Void> unlink(@PathVariable long id, @PathVariable long annotationId) {
        claims.unlink(id, annotationId);
        return ResponseEntity.noContent().build();
    }

    private static NotFoundException noClaim(long id) {
        return NotFoundException.of("claim", id);
    }
}
