package org.claimtrace.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Precision and recall of suggestions against gold claims.
 *
 * <p>Matching rule: a suggestion and a gold claim of the same article match when their spans overlap by at
 * least half of the shorter span. Pairs are taken one-to-one, largest overlap first, so one long suggestion
 * cannot claim two gold sentences. "Found" precision = matched suggestions / suggestions, recall = matched
 * gold / gold; "type" accuracy = matched pairs whose type agrees / matched pairs.
 */
final class DetectionScore {

    record Pair(GoldClaim gold, ClaimSuggestion suggestion) {
    }

    private final int goldCount;
    private final int suggestionCount;
    private final List<Pair> matches;
    private final List<GoldClaim> missed;
    private final List<ClaimSuggestion> spurious;

    private DetectionScore(int goldCount, int suggestionCount, List<Pair> matches, List<GoldClaim> missed,
            List<ClaimSuggestion> spurious) {
        this.goldCount = goldCount;
        this.suggestionCount = suggestionCount;
        this.matches = matches;
        this.missed = missed;
        this.spurious = spurious;
    }

    static boolean overlapsEnough(int aStart, int aEnd, int bStart, int bEnd) {
        int overlap = Math.min(aEnd, bEnd) - Math.max(aStart, bStart);
        int shorter = Math.min(aEnd - aStart, bEnd - bStart);
        return overlap > 0 && 2 * overlap >= shorter;
    }

    /** Scores one article's suggestions against that article's gold claims. */
    static DetectionScore of(List<GoldClaim> gold, List<ClaimSuggestion> suggestions) {
        record Candidate(GoldClaim g, ClaimSuggestion s, int overlap) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (GoldClaim g : gold) {
            for (ClaimSuggestion s : suggestions) {
                if (overlapsEnough(g.start(), g.end(), s.start(), s.end())) {
                    candidates.add(new Candidate(g, s, Math.min(g.end(), s.end()) - Math.max(g.start(), s.start())));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed());
        List<Pair> matches = new ArrayList<>();
        List<GoldClaim> usedGold = new ArrayList<>();
        List<ClaimSuggestion> usedSuggestions = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedGold.contains(c.g()) && !usedSuggestions.contains(c.s())) {
                matches.add(new Pair(c.g(), c.s()));
                usedGold.add(c.g());
                usedSuggestions.add(c.s());
            }
        }
        List<GoldClaim> missed = gold.stream().filter(g -> !usedGold.contains(g)).toList();
        List<ClaimSuggestion> spurious = suggestions.stream().filter(s -> !usedSuggestions.contains(s)).toList();
        return new DetectionScore(gold.size(), suggestions.size(), matches, missed, spurious);
    }

    static DetectionScore combine(List<DetectionScore> parts) {
        List<Pair> matches = new ArrayList<>();
        List<GoldClaim> missed = new ArrayList<>();
        List<ClaimSuggestion> spurious = new ArrayList<>();
        int gold = 0;
        int suggestions = 0;
        for (DetectionScore p : parts) {
            matches.addAll(p.matches);
            missed.addAll(p.missed);
            spurious.addAll(p.spurious);
            gold += p.goldCount;
            suggestions += p.suggestionCount;
        }
        return new DetectionScore(gold, suggestions, matches, missed, spurious);
    }

    double precision() {
        return suggestionCount == 0 ? 0 : (double) matches.size() / suggestionCount;
    }

    double recall() {
        return goldCount == 0 ? 0 : (double) matches.size() / goldCount;
    }

    double typeAccuracy() {
        return matches.isEmpty() ? 0 : (double) typeMatches() / matches.size();
    }

    /** Precision and recall counting a suggestion right only when both the span and the type are right. */
    double typedPrecision() {
        return suggestionCount == 0 ? 0 : (double) typeMatches() / suggestionCount;
    }

    double typedRecall() {
        return goldCount == 0 ? 0 : (double) typeMatches() / goldCount;
    }

    private long typeMatches() {
        return matches.stream().filter(p -> p.gold().type() == p.suggestion().type()).count();
    }

    String report(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s: gold %d, suggested %d, matched %d%n", title, goldCount, suggestionCount,
                matches.size()));
        sb.append(String.format("  claims found: precision %.3f, recall %.3f%n", precision(), recall()));
        sb.append(String.format("  type correct among found: %.3f (typed precision %.3f, typed recall %.3f)%n",
                typeAccuracy(), typedPrecision(), typedRecall()));
        for (Pair p : matches) {
            if (p.gold().type() != p.suggestion().type()) {
                sb.append(String.format("  WRONG TYPE %s, gold %s: %s%n", p.suggestion().type(), p.gold().type(),
                        abbreviate(p.gold().quote())));
            }
        }
        missed.forEach(g -> sb.append(String.format("  MISSED %s: %s%n", g.type(), abbreviate(g.quote()))));
        spurious.forEach(s -> sb.append(String.format("  SPURIOUS %s: %s%n", s.type(), abbreviate(s.quote()))));
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }
}
