package org.claimtrace.exchange;

import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.OutletKind;
import org.claimtrace.attribution.Affiliation;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.OnRecord;
import org.claimtrace.attribution.SourceRole;
import org.claimtrace.attribution.Stance;
import org.claimtrace.claim.ClaimService;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A small corpus of its own for each exchange test: one outlet, two articles, annotated and linked. */
final class ExchangeFixtures {

    /** Emoji and CJK (one of them outside the BMP) before the claims, so code points and UTF-16 units differ. */
    static final String NYT_TEXT = "Pyongyang 😀 北京 𠀀 report. Kim Jong-un plans to travel to Russia this month, "
            + "American and allied officials said. \"We urge the D.P.R.K. to cease its arms negotiations,\" the spokeswoman said.";
    static final String GZERO_TEXT = "Kim Jong Un reportedly plans to travel to Russia this month. A US official has urged North Korea "
            + "to cease its arms negotiations.";

    final long outletId;
    final long nytArticle;
    final long gzeroArticle;
    final ClaimAnnotation trip;
    final ClaimAnnotation urge;
    final ClaimAnnotation reportedly;
    final long claimId;

    ExchangeFixtures(ArticleService articles, ClaimAnnotationService annotations, ClaimService claims) {
        this(articles, annotations, claims, " " + UUID.randomUUID());
    }

    private ExchangeFixtures(ArticleService articles, ClaimAnnotationService annotations, ClaimService claims, String marker) {
        var outlet = "Exchange Test" + marker;
        var zone = ZoneId.of("America/New_York");
        var nyt = articles.importArticle(new ArticleDraft(outlet, OutletKind.NEWSPAPER, "Kim to visit Russia", "A. Reporter",
                ZonedDateTime.of(2023, 9, 4, 18, 30, 0, 0, zone), "https://example.org/nyt" + marker.strip(), "en", NYT_TEXT + marker));
        var gzero = articles.importArticle(new ArticleDraft(outlet, OutletKind.NEWSPAPER, "Kim's trip", null,
                null, null, "en", GZERO_TEXT + marker));
        outletId = nyt.getOutlet().getId();
        nytArticle = nyt.getId();
        gzeroArticle = gzero.getId();
        trip = annotate(annotations, nytArticle, nyt.getText(), "Kim Jong-un plans to travel to Russia this month", everyField());
        var named = new Attribution("NAMED_PERSON");
        named.setCue("said");
        named.setSourceAsWritten("the spokeswoman");
        urge = annotate(annotations, nytArticle, nyt.getText(), "We urge the D.P.R.K. to cease its arms negotiations", named);
        var relay = new Attribution("OTHER_OUTLET");
        relay.setCue("reportedly");
        relay.setStance(Stance.HEDGED);
        reportedly = annotate(annotations, gzeroArticle, gzero.getText(), "Kim Jong Un reportedly plans to travel to Russia this month", relay);
        claimId = claims.create("Kim plans to travel to Russia this month", List.of(trip.getId(), reportedly.getId())).getId();
    }

    ExportFilter filter() {
        return new ExportFilter(Set.of(outletId), null, null, null, Set.of(), null, null, null);
    }

    static Attribution everyField() {
        var a = new Attribution("ANONYMOUS_DESCRIBED");
        a.setCue("said, \"quietly\"\nto reporters");
        a.setSourceAsWritten("American and allied officials");
        a.setSourceName("=HYPERLINK(\"http://evil.example\",\"click\")");
        a.setAffiliation(Affiliation.GOVERNMENT);
        a.setRole(SourceRole.SPOKESPERSON);
        a.setOnRecord(OnRecord.ANONYMOUS);
        a.setSourceCount("several");
        a.setAnonymityReason("+cmd|' /C calc'!A0");
        a.setBasisOfKnowledge("@SUM(1+1)*cmd|' /C calc'!A0");
        a.setRelayedVia("-2+3");
        a.setStance(Stance.NEUTRAL);
        a.setNote("-3%");
        return a;
    }

    private static ClaimAnnotation annotate(ClaimAnnotationService annotations, long article, String text, String quote, Attribution attribution) {
        int start = text.indexOf(quote);
        return annotations.create(article, start, start + quote.length(), attribution);
    }

    static String write(ExportService export, ExportFile file, ExportFilter filter, ExportOptions options) {
        var out = new ByteArrayOutputStream();
        export.write(file, filter, options, out, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
