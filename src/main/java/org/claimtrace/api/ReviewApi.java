package org.claimtrace.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.review.ItemChange;
import org.claimtrace.review.NewSession;
import org.claimtrace.review.ReviewService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/review-sessions")
@Tag(name = "Review", description = "Fact-checking review sessions: claims with status, verdict, rationale, evidence and comments; "
        + "blind double review with agreement. Changing needs REVIEWER or ADMIN and taking part in the session.")
class ReviewApi {

    private final ReviewService reviews;

    ReviewApi(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(summary = "Every session, open ones first, with progress")
    PageJson<ReviewJson.Session> list() {
        return Paging.whole(reviews.sessions().stream().map(s -> ReviewJson.Session.of(s, null)).toList());
    }

    @PostMapping
    @Operation(summary = "A new session over claims (REVIEWER, ADMIN)", description = "You take part too. 422 for no claims, "
            + "an unknown claim, or a participant who is not a reviewer or administrator.")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses(HttpStatus.UNPROCESSABLE_CONTENT)
    ResponseEntity<ReviewJson.Session> create(@RequestBody ReviewJson.SessionCreate body) {
        var session = reviews.create(new NewSession(body.name(), body.description(), Boolean.TRUE.equals(body.doubleReview()), body.participants(), body.claimIds()));
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(session.getId()).toUri();
        return ResponseEntity.created(location).body(get(session.getId()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A session with its progress and, for a double review, agreement",
            description = "Agreement: Cohen's kappa per pair of reviewers, Krippendorff's alpha (nominal) and Gwet's AC1 over all, "
                    + "each with the claims it rests on and those left out because only one reviewer judged them.")
    @Refuses(HttpStatus.NOT_FOUND)
    ReviewJson.Session get(@PathVariable long id) {
        var session = reviews.session(id).orElseThrow(() -> NotFoundException.of("review session", id));
        return ReviewJson.Session.of(session, session.doubleReview() ? reviews.agreement(id) : null);
    }

    @GetMapping("/{id}/items")
    @Operation(summary = "The session's claims in order with their comment threads, as you may see them (blind verdicts of "
            + "others hidden until both are in)")
    @Refuses(HttpStatus.NOT_FOUND)
    PageJson<ReviewJson.Item> items(@PathVariable long id) {
        return Paging.whole(reviews.items(id).stream()
                .map(i -> ReviewJson.Item.of(reviews.item(id, i.claimId()), reviews.comments(id, i.claimId()))).toList());
    }

    @PutMapping("/{id}/items/{claimId}")
    @Operation(summary = "Change one claim of the session (REVIEWER, ADMIN; a participant)",
            description = "status (UNSTARTED, IN_PROGRESS, REVIEWED; a reviewer reopens with IN_PROGRESS), verdict with rationale, "
                    + "evidence, assignees, and the version you read. In a double review your verdict is your own blind one "
                    + "(send myVerdict.version, 0 before the first); on a disputed claim a third participant's verdict settles it "
                    + "(send the item's version). 409: changed meanwhile (read again) or the session is closed. 422: a verdict "
                    + "without rationale, an unknown verdict, a bad evidence URL, an assignee who does not take part.")
    @Refuses({HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_CONTENT})
    ReviewJson.Item update(@PathVariable long id, @PathVariable long claimId, @Valid @RequestBody ReviewJson.ItemUpdate body) {
        var change = new ItemChange(body.status(), body.verdict(), body.rationale(),
                body.evidence() == null ? null : body.evidence().stream().map(ReviewJson.Evidence::link).toList(),
                body.assignees(), body.version());
        return ReviewJson.Item.of(reviews.update(id, claimId, change), reviews.comments(id, claimId));
    }

    @PostMapping("/{id}/items/{claimId}/comments")
    @Operation(summary = "Comment on the claim in this session (REVIEWER, ADMIN; a participant); @name mentions a participant")
    @ResponseStatus(HttpStatus.CREATED)
    @Refuses({HttpStatus.NOT_FOUND, HttpStatus.CONFLICT, HttpStatus.UNPROCESSABLE_CONTENT})
    ResponseEntity<ReviewJson.Comment> comment(@PathVariable long id, @PathVariable long claimId, @RequestBody ReviewJson.CommentCreate body) {
        return ResponseEntity.status(201).body(ReviewJson.Comment.of(reviews.comment(id, claimId, body.body())));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the session (REVIEWER, ADMIN; a participant)",
            description = "It is frozen; each reviewed claim's verdict, rationale, reviewers and time are recorded on the claim "
                    + "(ClaimReview export: reviewRating, reviewBody, author, datePublished). 409 if already closed.")
    @Refuses({HttpStatus.NOT_FOUND, HttpStatus.CONFLICT})
    ReviewJson.Session close(@PathVariable long id) {
        reviews.close(id);
        return get(id);
    }
}
