package org.claimtrace.api;

import org.claimtrace.claim.Appearance;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.ClaimService;
import org.springframework.stereotype.Component;

/** A claim as the API shows it: its appearances and first appearance come from the claim service. */
@Component
class ClaimJsonAssembler {

    private final ClaimService claims;
    private final OutletDirectory outlets;

    ClaimJsonAssembler(ClaimService claims, OutletDirectory outlets) {
        this.claims = claims;
        this.outlets = outlets;
    }

    ClaimJson of(Claim claim) {
        var appearances = claims.appearances(claim.getId()).stream().map(Appearance::annotation).map(AnnotationJson::of).toList();
        var outlet = outlets.lookup();
        var first = claims.firstAppearance(claim.getId()).map(f -> new FirstAppearanceJson(f.annotationId(), f.articleId(),
                outlet.apply(f.outlet()), f.published() == null ? null : f.published().toOffsetDateTime(), f.evidence(),
                f.chosenByEditor())).orElse(null);
        return ClaimJson.of(claim, appearances, first);
    }
}
