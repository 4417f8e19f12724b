package org.claimtrace.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.history.HistoryService;
import org.claimtrace.review.ReviewService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;

@RestController
@Tag(name = "History", description = "Who changed what and when, before and after; deleted records keep their history")
class HistoryApi {

    private final ClaimService claims;
    private final ReviewService reviews;
    private final HistoryService history;

    HistoryApi(ClaimService claims, ReviewService reviews, HistoryService history) {
        this.claims = claims;
        this.reviews = reviews;
        this.history = history;
    }

    @GetMapping("/api/claims/{id}/history")
    @Operation(summary = "A claim's history, oldest first: statement, review outcome, appearances linked and unlinked, "
            + "and its review in sessions (blind verdicts once both are in)")
    @Refuses(HttpStatus.NOT_FOUND)
    PageJson<ReviewJson.HistoryEntry> claim(@PathVariable long id) {
        var changes = new ArrayList<>(claims.history(id));
        changes.addAll(reviews.historyOf(id));
        if (changes.isEmpty()) {
            throw NotFoundException.of("claim", id);
        }
        changes.sort(Comparator.comparingLong(org.claimtrace.history.Change::revision));
        return Paging.whole(changes.stream().map(ReviewJson.HistoryEntry::of).toList());
    }

    @GetMapping("/api/annotations/{id}/history")
    @Operation(summary = "An annotation's history, oldest first: its span, attribution and claim link, deletion and restoring")
    @Refuses(HttpStatus.NOT_FOUND)
    PageJson<ReviewJson.HistoryEntry> annotation(@PathVariable long id) {
        var changes = history.of(ClaimAnnotation.class, id);
        if (changes.isEmpty()) {
            throw NotFoundException.of("annotation", id);
        }
        return Paging.whole(changes.stream().map(ReviewJson.HistoryEntry::of).toList());
    }
}
