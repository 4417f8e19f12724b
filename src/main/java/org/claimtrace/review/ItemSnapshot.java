package org.claimtrace.review;

import org.claimtrace.claim.Verdict;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One claim of a session as stored at one moment, read once on this node for every open view of its session (see
 * {@link ReviewFeed}): the item with all its verdicts, its comments, the session's progress and agreement. It holds
 * both blind verdicts of a double review, so it never leaves this package as it is: a view gets only
 * {@link #viewFor(String)}, which hides what that viewer may not see exactly as {@link ReviewService#item} does.
 * Immutable; shared between the views of one node, never sent anywhere.
 */
public final class ItemSnapshot {

    private final SessionSummary session;
    private final Stored item;
    private final List<CommentView> comments;
    private final Agreement.Report agreement;

    ItemSnapshot(SessionSummary session, Stored item, List<CommentView> comments, Agreement.Report agreement) {
        this.session = session;
        this.item = item;
        this.comments = List.copyOf(comments);
        this.agreement = agreement;
    }

    /** The item's fields and all its verdicts, copied out of the entities (every verdict: package-private). */
    record Stored(long itemId, long claimId, String claimShortText, int position, ItemStatus status, Set<String> assignees,
                  Verdict verdict, String rationale, List<EvidenceLink> evidence, String decidedBy, Instant decidedAt,
                  String settledBy, long version, List<JudgmentView> judgments, String updatedBy, Instant updatedAt) {

        /** What {@code user} may see: their own verdict; the other's only once both are in. */
        ItemView viewFor(long sessionId, boolean doubleReview, String user, boolean withEvidence) {
            boolean bothIn = judgments.size() >= 2;
            var mine = judgments.stream().filter(j -> j.reviewer().equalsIgnoreCase(user)).findFirst()
                    .map(j -> withEvidence ? j : withoutEvidence(j)).orElse(null);
            var others = bothIn ? judgments.stream().filter(j -> !j.reviewer().equalsIgnoreCase(user))
                    .map(j -> withEvidence ? j : withoutEvidence(j)).toList() : List.<JudgmentView>of();
            return new ItemView(itemId, sessionId, claimId, claimShortText, position, status, assignees, verdict, rationale,
                    withEvidence ? evidence : List.of(), decidedBy, decidedAt, settledBy, version, mine, others, judgments.size(),
                    doubleReview && !bothIn, updatedBy, updatedAt);
        }

        private static JudgmentView withoutEvidence(JudgmentView j) {
            return new JudgmentView(j.reviewer(), j.verdict(), j.rationale(), List.of(), j.version(), j.at());
        }
    }

    /** The item as {@code user} may see it (blind verdicts hidden), as {@link ReviewService#item} gives it. */
    public ItemView viewFor(String user) {
        return item.viewFor(session.id(), session.doubleReview(), user, true);
    }

    public long itemId() {
        return item.itemId();
    }

    public long claimId() {
        return item.claimId();
    }

    public long sessionId() {
        return session.id();
    }

    /** The session with its progress as it was when the item was read. */
    public SessionSummary session() {
        return session;
    }

    public List<CommentView> comments() {
        return comments;
    }

    /** The session's agreement (double review; null otherwise): values only from claims with both verdicts in. */
    public Agreement.Report agreement() {
        return agreement;
    }
}
