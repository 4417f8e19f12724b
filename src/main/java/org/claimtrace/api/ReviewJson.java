package org.claimtrace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.claimtrace.history.Change;
import org.claimtrace.review.Agreement;
import org.claimtrace.review.CommentView;
import org.claimtrace.review.EvidenceLink;
import org.claimtrace.review.ItemStatus;
import org.claimtrace.review.ItemView;
import org.claimtrace.review.JudgmentView;
import org.claimtrace.review.SessionSummary;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The JSON of review sessions, their claims, comments and history. */
final class ReviewJson {

    private ReviewJson() {
    }

    record SessionCreate(@Schema(description = "1 to 200 characters") String name, String description,
                         @Schema(description = "Two blind verdicts per claim; false when left out") Boolean doubleReview, @Schema(description = "User names of reviewers or administrators") Set<String> participants,
                         @Schema(description = "The claims the session reviews") List<Long> claimIds) {
    }

    record Session(long id, String name, @Nullable String description, boolean doubleReview, Set<String> participants,
                   Progress progress, String createdBy, Instant createdAt, @Nullable String closedBy, @Nullable Instant closedAt,
                   @Schema(description = "Only in GET /api/review-sessions/{id}; null for a single review") @Nullable AgreementJson agreement) {

        static Session of(SessionSummary s, Agreement.Report agreement) {
            return new Session(s.id(), s.name(), s.description(), s.doubleReview(), s.participants(),
                    new Progress(s.total(), s.reviewed(), s.disputed(), s.inProgress()), s.createdBy(), s.createdAt(),
                    s.closedBy(), s.closedAt(), agreement == null ? null : AgreementJson.of(agreement));
        }
    }

    record Progress(int total, int reviewed, int disputed, int inProgress) {
    }

    record AgreementJson(List<PairJson> cohensKappa, CoefficientJson krippendorffAlpha, CoefficientJson gwetAc1) {
        static AgreementJson of(Agreement.Report r) {
            return new AgreementJson(r.pairs().stream().map(p -> new PairJson(p.first(), p.second(), CoefficientJson.of(p.kappa()))).toList(),
                    CoefficientJson.of(r.alpha()), CoefficientJson.of(r.ac1()));
        }
    }

    record PairJson(String first, String second, CoefficientJson kappa) {
    }

    record CoefficientJson(@Schema(description = "null when undefined; note says why") @Nullable Double value,
                           @Schema(description = "Claims it rests on") int claims,
                           @Schema(description = "Claims left out: judged by one reviewer only") int leftOut, @Nullable String note) {
        static CoefficientJson of(Agreement.Coefficient c) {
            return new CoefficientJson(c.value(), c.claims(), c.leftOut(), c.note());
        }
    }

    record Evidence(String url, @Nullable String note) {
        static Evidence of(EvidenceLink e) {
            return new Evidence(e.url(), e.note());
        }

        EvidenceLink link() {
            return new EvidenceLink(url, note);
        }
    }

    record Judgment(String reviewer, String verdict, String verdictLabel, @Nullable Integer ratingValue, @Nullable String rationale,
                    List<Evidence> evidence, long version) {
        static Judgment of(JudgmentView j) {
            return j == null ? null : new Judgment(j.reviewer(), j.verdict().name(), j.verdict().label(),
                    j.verdict().ratingValue().orElse(null), j.rationale(), j.evidence().stream().map(Evidence::of).toList(), j.version());
        }
    }

    record Item(long claimId, String shortText, int position, ItemStatus status, Set<String> assignees, @Nullable String verdict,
                @Nullable String verdictLabel, @Nullable Integer ratingValue, @Nullable String rationale, List<Evidence> evidence,
                @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String settledBy,
                @Schema(description = "Send it back in PUT: the item's version") long version,
                @Schema(description = "Double review: your own blind verdict; its version is the one to send for it (0 before the first)") @Nullable Judgment myVerdict,
                @Schema(description = "Double review: the other verdicts, empty until both are in") List<Judgment> otherVerdicts,
                int verdictsIn, boolean blind, List<Comment> comments) {
        static Item of(ItemView i, List<CommentView> comments) {
            var v = i.verdict();
            return new Item(i.claimId(), i.claimShortText(), i.position(), i.status(), i.assignees(), v == null ? null : v.name(),
                    v == null ? null : v.label(), v == null ? null : v.ratingValue().orElse(null), i.rationale(),
                    i.evidence().stream().map(Evidence::of).toList(), i.decidedBy(), i.decidedAt(), i.settledBy(), i.version(),
                    Judgment.of(i.mine()), i.others().stream().map(Judgment::of).toList(), i.judgments(), i.blind(),
                    comments.stream().map(Comment::of).toList());
        }
    }

    @Schema(description = "Each part optional; left out, it stays as it is")
    record ItemUpdate(ItemStatus status,
                      @Schema(description = "A verdict code (FALSE) or label (False); needs a rationale") String verdict,
                      String rationale,
                      @Schema(description = "Replaces the evidence list (of your own blind verdict in a double review)") List<Evidence> evidence,
                      Set<String> assignees,
                      @NotNull @Schema(description = "The version you read: the item's; for your own blind verdict in a double review, myVerdict.version (0 before the first)") Long version) {
    }

    record CommentCreate(@Schema(description = "1 to 4000 characters; @name mentions a participant") String body) {
    }

    record Comment(long id, String author, String body, Instant at, Set<String> mentions) {
        static Comment of(CommentView c) {
            return new Comment(c.id(), c.author(), c.body(), c.at(), c.mentions());
        }
    }

    record HistoryEntry(long revision, Instant at, @Nullable String user, String type, long recordId, @Nullable String subject, String change,
                        List<FieldJson> fields) {
        static HistoryEntry of(Change c) {
            return new HistoryEntry(c.revision(), c.at(), c.user(), c.type(), c.recordId(), c.subject(), c.kind().word(),
                    c.fields().stream().map(f -> new FieldJson(f.field(), f.before(), f.after())).toList());
        }
    }

    record FieldJson(String field, @Nullable String before, @Nullable String after) {
    }
}
