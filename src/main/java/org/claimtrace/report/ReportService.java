package org.claimtrace.report;

import org.claimtrace.article.Article;
import org.claimtrace.article.ArticleService;
import org.claimtrace.attribution.AttributionTag;
import org.claimtrace.attribution.TagsetService;
import org.claimtrace.base.NotFoundException;
import org.claimtrace.base.RejectedException;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.review.ReviewService;
import org.claimtrace.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sourcing reports: per claim, per article, per outlet and outlets compared. A claim's report is built from the
 * claim and article services (its few appearances, the claim's own first-appearance rule); the article and
 * outlet reports count in the database ({@link ReportQueries}). Everyone who may read may read reports.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Role.Names.CAN_READ)
public class ReportService {

    /** A comparison is of two outlets or more, and no more than a chart can show side by side. */
    public static final int COMPARE_MAX = 6;

    private final ClaimService claims;
    private final ArticleService articles;
    private final TagsetService tagset;
    private final ReportQueries queries;
    private final OutletPass pass;
    private final ReviewService reviews;
    private final Clock clock;

    ReportService(ClaimService claims, ArticleService articles, TagsetService tagset, ReportQueries queries,
                  OutletPass pass, ReviewService reviews, Clock clock) {
        this.pass = pass;
        this.claims = claims;
        this.reviews = reviews;
        this.articles = articles;
        this.tagset = tagset;
        this.queries = queries;
        this.clock = clock;
    }

    public ClaimSourcingReport claim(long claimId) {
        var claim = claims.find(claimId).orElseThrow(() -> NotFoundException.of("claim", claimId));
        var appearances = claims.appearances(claimId);
        var articleIds = new LinkedHashSet<Long>();
        appearances.forEach(a -> {
            articleIds.add(a.articleId());
            articleIds.add(a.originArticleId());
        });
        return new ClaimReportAssembly(claim, appearances, claims.firstAppearance(claim, appearances).orElse(null),
                queries.articles(articleIds), texts(), tags(), reviewHistory(claimId)).build();
    }

    public ArticleSourcingReport article(long articleId) {
        var article = queries.articles(List.of(articleId)).get(articleId);
        if (article == null) {
            throw NotFoundException.of("article", articleId);
        }
        var tags = tags();
        var figures = queries.articleMix(articleId);
        var total = Totals.of(figures);
        var transparency = Transparency.of(queries.namedSources(articleId), total.anonymous, total.anonymousDescribed,
                total.unattributed, total.count);
        return new ArticleSourcingReport(articleId, article.headline(), article.outlet(), article.published(), article.url(), total.count,
                mix(figures, tags), total.onRecord, share(total.onRecord, total.count), total.unattributed, total.anonymous,
                total.anonymous - total.anonymousWithReason, transparency, carriedElsewhere(articleId));
    }

    private List<ArticleSourcingReport.CarriedElsewhere> carriedElsewhere(long articleId) {
        var firsts = queries.firstAppearancesOfArticleClaims(articleId).stream()
                .collect(Collectors.toMap(ReportQueries.First::claimId, Function.identity(), (a, b) -> a));
        var byClaim = new LinkedHashMap<Long, List<ReportQueries.ClaimOutlet>>();
        queries.claimOutletsOfArticle(articleId).forEach(row -> byClaim.computeIfAbsent(row.claimId(), k -> new ArrayList<>()).add(row));
        return byClaim.values().stream().map(rows -> {
            var first = firsts.get(rows.getFirst().claimId());
            return new ArticleSourcingReport.CarriedElsewhere(rows.getFirst().claimId(), rows.getFirst().shortText(),
                    rows.stream().map(r -> new ArticleSourcingReport.OutletCarrying(r.outlet(), r.appearances(), r.earliest())).toList(),
                    first == null ? null : first.outlet(), first == null ? null : first.published(),
                    first == null ? null : first.articleId(), first != null && first.articleId() == articleId);
        }).toList();
    }

    /** What each review session made of the claim, oldest session first (blind verdicts only once both are in). */
    private List<ReviewState.Event> reviewHistory(long claimId) {
        return reviews.outcomesFor(claimId).stream().map(o -> {
            var what = new StringBuilder("Session \u201c" + o.sessionName() + "\u201d" + (o.sessionClosed() ? " (closed)" : "")
                    + ": " + o.status().label());
            if (o.verdict() != null) {
                what.append(" \u2014 ").append(o.verdict().label());
            }
            if (o.rationale() != null && !o.rationale().isBlank()) {
                what.append(": ").append(o.rationale());
            }
            if (!o.evidence().isEmpty()) {
                what.append(" (evidence: ").append(o.evidence().stream().map(e -> e.url()).collect(Collectors.joining(", "))).append(')');
            }
            var by = o.settledBy() != null ? o.settledBy() : o.decidedBy() != null ? o.decidedBy() : "not decided yet";
            return new ReviewState.Event(o.decidedAt() == null ? null : o.decidedAt().atOffset(java.time.ZoneOffset.UTC), by, what.toString());
        }).toList();
    }

    /** Article texts, each read once per report, and only when asked for. */
    private Function<Long, String> texts() {
        var read = new java.util.HashMap<Long, String>();
        return id -> read.computeIfAbsent(id, k -> articles.find(k).map(Article::getText).orElse(""));
    }

    /** The outlet's sourcing over the period; {@code from} and {@code to} default to the year up to today. */
    public OutletSourcingReport outlet(long outletId, LocalDate from, LocalDate to) {
        var outlet = queries.outlet(outletId).orElseThrow(() -> NotFoundException.of("outlet", outletId));
        return new OutletFigures(queries, pass, tags()).of(List.of(outlet), ReportPeriod.of(from, to, clock)).getFirst();
    }

    /** Two to {@value #COMPARE_MAX} outlets over the same period, in the order given. */
    public OutletComparison compare(List<Long> outletIds, LocalDate from, LocalDate to) {
        var ids = new LinkedHashSet<>(outletIds == null ? List.of() : outletIds);
        if (ids.size() < 2 || ids.size() > COMPARE_MAX) {
            throw new RejectedException("Compare 2 to " + COMPARE_MAX + " different outlets (" + ids.size() + " given).");
        }
        var outlets = ids.stream().map(id -> queries.outlet(id).orElseThrow(() -> NotFoundException.of("outlet", id))).toList();
        var period = ReportPeriod.of(from, to, clock);
        return new OutletComparison(period.from(), period.to(), new OutletFigures(queries, pass, tags()).of(outlets, period));
    }

    /** The year up to today, the period a report covers unless told otherwise. */
    public ReportPeriod defaultPeriod() {
        return ReportPeriod.lastYear(clock);
    }

    private Map<String, AttributionTag> tags() {
        var tags = new LinkedHashMap<String, AttributionTag>();
        tagset.list().forEach(tag -> tags.put(tag.getCode(), tag));
        return tags;
    }

    static List<TypeShare> mix(List<ReportQueries.Figures> figures, Map<String, AttributionTag> tags) {
        var counts = new LinkedHashMap<String, Long>();
        figures.forEach(f -> counts.merge(f.typeCode(), f.count(), Long::sum));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        var ordered = new ArrayList<String>();
        tags.keySet().stream().filter(counts::containsKey).forEach(ordered::add);
        counts.keySet().stream().filter(code -> !tags.containsKey(code)).sorted().forEach(ordered::add);
        return ordered.stream().map(code -> {
            var tag = tags.get(code);
            return new TypeShare(code, tag == null ? code : tag.getName(), tag == null ? "#777777" : tag.getColour(),
                    counts.get(code), share(counts.get(code), total));
        }).toList();
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Sums of figures over types (and days). */
    static final class Totals {
        long count;
        long onRecord;
        long anonymous;
        long anonymousWithReason;
        long anonymousDescribed;
        long hedged;
        long unattributed;

        static Totals of(List<ReportQueries.Figures> figures) {
            var totals = new Totals();
            figures.forEach(totals::add);
            return totals;
        }

        void add(ReportQueries.Figures f) {
            count += f.count();
            onRecord += f.onRecord();
            anonymous += f.anonymous();
            anonymousWithReason += f.anonymousWithReason();
            anonymousDescribed += f.anonymousDescribed();
            hedged += f.hedged();
            if (org.claimtrace.attribution.AttributionType.UNATTRIBUTED.name().equals(f.typeCode())) {
                unattributed += f.count();
            }
        }
    }
}
