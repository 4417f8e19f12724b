package org.claimtrace.claim.ui;

import org.claimtrace.base.Notifications;
import org.claimtrace.base.Refusal;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.linking.Match;

import java.util.function.LongConsumer;

/**
 * What "Link" does for an annotation and a match, in the reader and in Triage: the claim service links the
 * pair, and the editor is told what happened with an Undo.
 */
public final class MatchLinker {

    private final ClaimService claims;

    public MatchLinker(ClaimService claims) {
        this.claims = claims;
    }

    /** Links the annotation with the match's; {@code afterChange} gets the annotation's id after the link and after an undo. */
    public void link(long annotationId, Match match, LongConsumer afterChange) {
        try {
            var done = claims.linkPair(annotationId, match.annotation().getId());
            var message = switch (done.kind()) {
                case NEW_CLAIM -> "New claim linking " + match.outlet() + " and this article.";
                case JOINED_OTHER -> "Linked to the claim " + match.outlet() + " carries.";
                case OTHER_JOINED -> match.outlet() + "'s claim linked to this one.";
                case MERGED -> "The two claims are merged.";
            };
            afterChange.accept(annotationId);
            Notifications.withAction(message, "Undo", () -> {
                claims.undo(done);
                afterChange.accept(annotationId);
            });
        } catch (Refusal refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
