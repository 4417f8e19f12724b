package org.claimtrace.claim.ui;

import org.claimtrace.base.Notifications;
import org.claimtrace.claim.AnnotationRejectedException;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.Match;
import org.claimtrace.claim.StaleAnnotationException;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * What "Link" does for an annotation and a match: a new claim from both, or one joins the other's claim,
 * or their two claims merge. Every outcome offers Undo.
 */
final class MatchLinker {

    private final ReaderServices services;

    MatchLinker(ReaderServices services) {
        this.services = services;
    }

    void link(long annotationId, Match match, LongConsumer afterChange) {
        var current = services.annotations().find(annotationId).orElse(null);
        var other = services.annotations().find(match.annotation().getId()).orElse(null);
        if (current == null || other == null) {
            Notifications.error("One of the two claims was removed meanwhile; nothing was linked.");
            return;
        }
        var claims = services.claims();
        try {
            Runnable undo;
            String done;
            if (current.getClaimId() == null && other.getClaimId() == null) {
                var claim = claims.create(ClaimService.shortTextFrom(current.getQuote()), List.of(current.getId(), other.getId()));
                undo = () -> claims.dissolve(claim.getId());
                done = "New claim linking " + match.outlet() + " and this article.";
            } else if (current.getClaimId() == null) {
                claims.link(other.getClaimId(), current.getId());
                undo = () -> claims.unlink(other.getClaimId(), current.getId());
                done = "Linked to the claim " + match.outlet() + " carries.";
            } else if (other.getClaimId() == null) {
                claims.link(current.getClaimId(), other.getId());
                undo = () -> claims.unlink(current.getClaimId(), other.getId());
                done = match.outlet() + "'s claim linked to this one.";
            } else {
                var absorbedText = claims.find(other.getClaimId()).map(c -> c.getShortText()).orElse("Claim");
                var moved = claims.merge(current.getClaimId(), other.getClaimId());
                undo = () -> claims.unmerge(current.getClaimId(), moved, absorbedText);
                done = "The two claims are merged.";
            }
            afterChange.accept(current.getId());
            Notifications.withAction(done, "Undo", () -> {
                undo.run();
                afterChange.accept(current.getId());
            });
        } catch (AnnotationRejectedException | StaleAnnotationException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
