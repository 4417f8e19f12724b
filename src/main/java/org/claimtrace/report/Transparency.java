package org.claimtrace.report;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * A sourcing transparency score for one article, 0 to 100, in the manner of the Pew Research Center's Project
 * for Excellence in Journalism, which counted per story how many named, described sources it had, whether any
 * source was anonymous and whether anonymous sources were described. Ours adds how much is attributed at all:
 * <ul>
 *   <li>up to 60 points for named sources on the record (distinct names, 15 each, four or more for all 60: PEJ's
 *       top band was "four or more" transparent sources);</li>
 *   <li>up to 20 for anonymous sourcing: all 20 with no anonymous claim, else 20 times the share of anonymous
 *       claims whose source is described (typed "Anonymous, described");</li>
 *   <li>up to 20 for attribution: 20 times the share of claims that are not unattributed.</li>
 * </ul>
 * An article with no annotated claim has no score. Pronouns ("she", "they") do not count as names.
 */
public record Transparency(@Nullable Integer score, long namedSources, long anonymous, long anonymousDescribed, long unattributed,
                           long claims, String explanation) {

    static final int NAMED_POINTS = 15;
    static final int NAMED_TOP = 4;

    static Transparency of(long namedSources, long anonymous, long anonymousDescribed, long unattributed, long claims) {
        if (claims == 0) {
            return new Transparency(null, 0, 0, 0, 0, 0, "No claims annotated in this article yet, so no score.");
        }
        double named = NAMED_POINTS * Math.min(namedSources, NAMED_TOP);
        double described = anonymous == 0 ? 20 : 20.0 * anonymousDescribed / anonymous;
        double attributed = 20.0 * (claims - unattributed) / claims;
        int score = (int) Math.round(named + described + attributed);
        var explanation = String.format(Locale.ROOT, "%d of 60 for %d named source%s on the record, %d of 20 for anonymous sourcing (%s), "
                        + "%d of 20 for attribution (%d of %d claims attributed).", Math.round(named), namedSources,
                namedSources == 1 ? "" : "s", Math.round(described),
                anonymous == 0 ? "none anonymous" : anonymousDescribed + " of " + anonymous + " anonymous sources described",
                Math.round(attributed), claims - unattributed, claims);
        return new Transparency(score, namedSources, anonymous, anonymousDescribed, unattributed, claims, explanation);
    }
}
