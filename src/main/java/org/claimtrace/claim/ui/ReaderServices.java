package org.claimtrace.claim.ui;

import org.claimtrace.attribution.CueDetector;
import org.claimtrace.claim.ClaimAnnotationService;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.claim.MatchService;
import org.claimtrace.claim.SuggestionService;
import org.springframework.stereotype.Component;

/** What the reader needs to annotate, in one bean so the view's constructor stays short. */
@Component
record ReaderServices(ClaimAnnotationService annotations, SuggestionService suggestions, CueDetector detector,
                      ClaimService claims, MatchService matches) {
}
