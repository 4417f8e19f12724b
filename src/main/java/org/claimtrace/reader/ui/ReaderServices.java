package org.claimtrace.reader.ui;

import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.annotation.SuggestionService;
import org.claimtrace.attribution.CueDetector;
import org.claimtrace.base.BackgroundModels;
import org.claimtrace.base.live.Broadcaster;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.history.HistoryService;
import org.claimtrace.linking.MatchService;
import org.claimtrace.reader.ArticleReads;
import org.springframework.stereotype.Component;

/** What the reader needs to annotate, in one bean so the view's constructor stays short. */
@Component
record ReaderServices(ClaimAnnotationService annotations, SuggestionService suggestions,
                      BackgroundModels.Model<CueDetector> detector, ClaimService claims, MatchService matches,
                      HistoryService history, Broadcaster broadcaster, ArticleReads reads) {
}
