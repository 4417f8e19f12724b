package org.claimtrace.report;

import org.claimtrace.annotation.AnnotationFixtures;
import org.claimtrace.annotation.ClaimAnnotation;
import org.claimtrace.annotation.ClaimAnnotationService;
import org.claimtrace.article.ArticleDraft;
import org.claimtrace.article.ArticleService;
import org.claimtrace.article.OutletKind;
import org.claimtrace.attribution.Attribution;
import org.claimtrace.claim.ClaimService;
import org.claimtrace.security.SystemTask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The two seed articles annotated by hand as in src/test/resources/attribution/seed-gold.tsv, and three claims
 * linked across them as an editor would: Kim's trip (the Times on anonymous officials, GZERO "reportedly"),
 * the NSC spokeswoman's statement (named in the Times, "a US official" in GZERO) and the economic forum.
 * Made once per database; every later call finds what is there.
 */
final class SeedSourcing {

    static final String NYT_FILE = "000_f4194aa40a5762b1.txt";
    static final String GZERO_FILE = "004_67ecabca6ce82094.txt";
    static final String NYT = "The New York Times";
    static final String GZERO = "GZERO Media";

    record Gold(String file, String quote, String type, String cue, String sourceAsWritten) {
    }

    record Seeds(long nyt, long gzero, long trip, long statement, long forum) {
    }

    private SeedSourcing() {
    }

    static List<Gold> gold() {
        try (var in = SeedSourcing.class.getResourceAsStream("/attribution/seed-gold.tsv")) {
            var rows = new ArrayList<Gold>();
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var f = line.split("\t", -1);
                rows.add(new Gold(f[0], f[1], f[2], f[3], f[4]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Gold> gold(String file) {
        return gold().stream().filter(g -> g.file().equals(file)).toList();
    }

    static synchronized Seeds prepare(ArticleService articles, ClaimAnnotationService annotations, ClaimService claims) {
        return SystemTask.call(() -> {
            long nyt = AnnotationFixtures.seedId(articles, NYT_FILE);
            long gzero = AnnotationFixtures.seedId(articles, GZERO_FILE);
            annotate(articles, annotations, nyt, NYT_FILE);
            annotate(articles, annotations, gzero, GZERO_FILE);
            long trip = claim(annotations, claims, "Kim plans to travel to Russia to meet Putin",
                    find(annotations, nyt, "Kim Jong-un, the leader of North Korea, plans to travel"),
                    find(annotations, gzero, "North Korea’s Kim Jong Un reportedly plans"));
            long statement = claim(annotations, claims, "US urges North Korea to cease arms negotiations with Russia",
                    find(annotations, nyt, "We urge the D.P.R.K."), find(annotations, gzero, "North Korea “to cease"));
            long forum = claim(annotations, claims, "Both leaders would attend the Eastern Economic Forum",
                    find(annotations, nyt, "Both leaders would be on the campus"), find(annotations, gzero, "both men would attend"));
            return new Seeds(nyt, gzero, trip, statement, forum);
        });
    }

    private static void annotate(ArticleService articles, ClaimAnnotationService annotations, long articleId, String file) {
        if (!annotations.forArticle(articleId).isEmpty()) {
            return;
        }
        var text = articles.find(articleId).orElseThrow().getText();
        for (var g : gold(file)) {
            int start = text.indexOf(g.quote());
            var attribution = new Attribution(g.type());
            attribution.setCue(g.cue().isBlank() ? null : g.cue());
            attribution.setSourceAsWritten(g.sourceAsWritten().isBlank() ? null : g.sourceAsWritten());
            annotations.create(articleId, start, start + g.quote().length(), attribution);
        }
    }

    static ClaimAnnotation find(ClaimAnnotationService annotations, long articleId, String quoteStart) {
        return annotations.forArticle(articleId).stream().filter(a -> a.getQuote().startsWith(quoteStart)).findFirst().orElseThrow();
    }

    private static long claim(ClaimAnnotationService annotations, ClaimService claims, String shortText, ClaimAnnotation... members) {
        var linked = java.util.Arrays.stream(members).map(a -> annotations.find(a.getId()).orElseThrow().getClaimId())
                .filter(java.util.Objects::nonNull).findFirst();
        return linked.orElseGet(() -> claims.create(shortText, java.util.Arrays.stream(members).map(ClaimAnnotation::getId).toList()).getId());
    }

    /** A new article of the outlet carrying the sentence as one annotation with the attribution given. */
    static ClaimAnnotation carried(ArticleService articles, ClaimAnnotationService annotations, String outlet, String sentence,
                                   int septemberDay, Attribution attribution) {
        return SystemTask.call(() -> {
            var article = articles.importArticle(new ArticleDraft(outlet, OutletKind.NEWSPAPER, "Report " + UUID.randomUUID(), null,
                    ZonedDateTime.of(2024, 9, septemberDay, 9, 0, 0, 0, ZoneOffset.UTC), "https://example.org/" + UUID.randomUUID(), "en",
                    sentence + "\n\n" + filler()));
            return annotations.create(article.getId(), 0, sentence.length(), attribution);
        });
    }

    /** Words no other article has, so two articles carrying the same sentence are not taken for syndicated copies. */
    static String filler() {
        var words = new StringBuilder("Notes");
        for (int i = 0; i < 40; i++) {
            words.append(' ').append(UUID.randomUUID().toString(), 0, 8);
        }
        return words.append('.').toString();
    }

    static Attribution attribution(String type, String cue, String relayedVia) {
        var attribution = new Attribution(type);
        attribution.setCue(cue);
        attribution.setRelayedVia(relayedVia);
        return attribution;
    }
}
