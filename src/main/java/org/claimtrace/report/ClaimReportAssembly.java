package org.claimtrace.report;

import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.AttributionType;
import org.claimtrace.claim.Appearance;
import org.claimtrace.claim.Claim;
import org.claimtrace.claim.FirstAppearance;
import org.claimtrace.claim.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Puts one claim's sourcing report together from its appearances. */
final class ClaimReportAssembly {

    private final Claim claim;
    private final List<Appearance> appearances;
    private final FirstAppearance first;
    private final Map<Long, ReportQueries.ArticleFacts> articles;
    private final Function<Long, String> texts;
    private final Map<String, AttributionTag> tags;
    private final List<ReviewState.Event> reviewHistory;

    /**
     * @param articles the facts of every appearance's article and of the articles they are syndicated copies of
     * @param texts    an article's text, read only for the anonymous appearances the audit reads
     */
    ClaimReportAssembly(Claim claim, List<Appearance> appearances, FirstAppearance first, Map<Long, ReportQueries.ArticleFacts> articles,
                        Function<Long, String> texts, Map<String, AttributionTag> tags, List<ReviewState.Event> reviewHistory) {
        this.reviewHistory = reviewHistory;
        this.claim = claim;
        this.appearances = appearances;
        this.first = first;
        this.articles = articles;
        this.texts = texts;
        this.tags = tags;
    }

    private Optional<ReportQueries.ArticleFacts> article(long id) {
        return Optional.ofNullable(articles.get(id));
    }

    ClaimSourcingReport build() {
        var carriages = appearances.stream().map(this::carriage).toList();
        var graph = RelayGraph.of(carriages, first == null ? null : first.outlet());
        var rows = new ArrayList<ClaimSourcingReport.AppearanceRow>();
        for (int i = 0; i < appearances.size(); i++) {
            rows.add(row(appearances.get(i), carriages.get(i), graph.traces().get(appearances.get(i).annotation().getId())));
        }
        int outlets = (int) appearances.stream().map(Appearance::outlet).distinct().count();
        var independence = new ClaimSourcingReport.Independence(outlets, appearances.size(), graph.originCount(), graph.origins(),
                summary(outlets, graph), graph.nodes(), graph.edges());
        return new ClaimSourcingReport(claim.getId(), claim.getShortText(), claim.getFullText(), claim.getClaimant(), review(),
                firstSeen(), rows, independence, ClaimFlags.of(rows, graph, outlets), audit(rows));
    }

    static String summary(int outlets, RelayGraph graph) {
        var text = outlets + " outlet" + (outlets == 1 ? "" : "s") + ", " + graph.originCount() + " independent origin"
                + (graph.originCount() == 1 ? "" : "s");
        return graph.loop().isEmpty() ? text : text + ", and a relay loop with no origin";
    }

    private RelayGraph.Carriage carriage(Appearance appearance) {
        var attribution = appearance.annotation().getAttribution();
        var id = appearance.annotation().getId();
        if (appearance.originArticleId() != appearance.articleId()) {
            var copied = article(appearance.originArticleId()).map(a -> a.outlet().name());
            if (copied.isPresent()) {
                return new RelayGraph.Carriage(id, appearance.outlet(), new RelayGraph.Relay.Copy(copied.get()));
            }
        }
        var hops = RelayGraph.hops(attribution.getRelayedVia());
        if (!hops.isEmpty()) {
            return new RelayGraph.Carriage(id, appearance.outlet(), new RelayGraph.Relay.Named(hops, attribution.getCue()));
        }
        if (AttributionType.OTHER_OUTLET.name().equals(attribution.getTypeCode())) {
            return new RelayGraph.Carriage(id, appearance.outlet(), new RelayGraph.Relay.Unnamed(attribution.getCue()));
        }
        return new RelayGraph.Carriage(id, appearance.outlet(), new RelayGraph.Relay.Own());
    }

    private ClaimSourcingReport.AppearanceRow row(Appearance appearance, RelayGraph.Carriage carriage, RelayGraph.Trace trace) {
        var annotation = appearance.annotation();
        var attribution = annotation.getAttribution();
        var article = article(appearance.articleId());
        var tag = tags.get(attribution.getTypeCode());
        return new ClaimSourcingReport.AppearanceRow(annotation.getId(), appearance.articleId(), outlet(article, appearance.outlet()),
                appearance.headline(), article.map(ReportQueries.ArticleFacts::url).orElse(null),
                appearance.published() == null ? null : appearance.published().toOffsetDateTime(), attribution.getTypeCode(),
                tag == null ? attribution.getTypeCode() : tag.getName(), tag == null ? "#777777" : tag.getColour(),
                annotation.getQuote(), attribution.getSourceAsWritten(), attribution.getCue(), attribution.getStance(),
                attribution.getRelayedVia(), SourcingStatus.of(attribution), SourcingStatus.recorded(attribution),
                appearance.originArticleId() == appearance.articleId() ? null : appearance.originArticleId(),
                !(carriage.relay() instanceof RelayGraph.Relay.Own), trace.chain(), trace.origins());
    }

    private static OutletRef outlet(Optional<ReportQueries.ArticleFacts> article, String name) {
        return article.map(ReportQueries.ArticleFacts::outlet).orElse(new OutletRef(null, name, null));
    }

    private ClaimSourcingReport.FirstSeen firstSeen() {
        if (first == null) {
            return null;
        }
        var article = article(first.articleId());
        var quote = appearances.stream().filter(a -> a.annotation().getId() == first.annotationId()).findFirst()
                .map(a -> a.annotation().getQuote()).orElse(null);
        return new ClaimSourcingReport.FirstSeen(first.annotationId(), first.articleId(), outlet(article, first.outlet()),
                first.published() == null ? null : first.published().toOffsetDateTime(), article.map(ReportQueries.ArticleFacts::url).orElse(null),
                article.map(ReportQueries.ArticleFacts::headline).orElse(null), quote, first.evidence(), first.chosenByEditor());
    }

    private ReviewState review() {
        var verdict = Verdict.parse(claim.getVerdict());
        var status = claim.getReviewStatus();
        var summary = switch (status) {
            case UNSTARTED -> verdict.isEmpty() ? "Review: not reviewed yet" : "Review: not started; verdict " + verdict.get().label();
            case IN_PROGRESS -> "Review: in progress" + verdict.map(v -> "; verdict so far " + v.label()).orElse("");
            case REVIEWED -> "Review: reviewed" + verdict.map(v -> " \u2014 " + v.label()
                    + v.ratingValue().map(r -> " (" + r + " of 5)").orElse("")).orElse(", no verdict given");
        };
        return new ReviewState(status, verdict.map(Verdict::name).orElse(claim.getVerdict()), verdict.map(Verdict::label).orElse(null),
                verdict.flatMap(Verdict::ratingValue).orElse(null), summary, reviewHistory);
    }

    private List<ClaimSourcingReport.AuditRow> audit(List<ClaimSourcingReport.AppearanceRow> rows) {
        var audit = new ArrayList<ClaimSourcingReport.AuditRow>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (!row.onRecord().unnamed()) {
                continue;
            }
            var annotation = appearances.get(i).annotation();
            var text = texts.apply(row.articleId());
            audit.add(new ClaimSourcingReport.AuditRow(row.annotationId(), row.outlet(), row.sourceAsWritten(), row.quote(),
                    AnonymityAudit.of(annotation.getAttribution(), annotation.getQuote(), annotation.getStart(), annotation.getEnd(), text)));
        }
        return audit;
    }
}
