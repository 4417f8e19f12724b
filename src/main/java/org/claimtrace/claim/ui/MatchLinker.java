package org.claimtrace.claim.ui;

import org.claimtrace.base.Notifications;
import org.claimtrace.base.Refusal;
import org.claimtrace.base.UndoBar;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.PairLink;
import org.claimtrace.linking.Match;

import java.util.function.LongConsumer;

/**
 * What "Link" does for an annotation and a match, in the reader and in Triage: the claim service links the
 * pair, the view's undo bar says what happened and offers Undo, and a new claim's short statement, made from
 * the first words of a quote, is put to the editor to confirm or rewrite.
 */
public final class MatchLinker {

    private final ClaimService claims;

    public MatchLinker(ClaimService claims) {
        this.claims = claims;
    }

    /** Links the annotation with the match's; {@code afterChange} gets the annotation's id after the link and after an undo. */
    public void link(long annotationId, Match match, LongConsumer afterChange, UndoBar undo) {
        try {
            var done = claims.linkPair(annotationId, match.annotation().getId());
            var message = switch (done.kind()) {
                case NEW_CLAIM -> "New claim linking " + match.outlet() + " and this article.";
                case JOINED_OTHER -> "Linked to the claim " + match.outlet() + " carries.";
                case OTHER_JOINED -> match.outlet() + "'s annotation linked to this claim.";
                case MERGED -> "The two claims are merged.";
            };
            afterChange.accept(annotationId);
            undo.offer(message, () -> {
                claims.undo(done);
                afterChange.accept(annotationId);
            });
            if (done.kind() == PairLink.Kind.NEW_CLAIM) {
                claims.find(done.claimId()).ifPresent(claim -> new ShortStatementDialog(claims, claim).open());
            }
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
