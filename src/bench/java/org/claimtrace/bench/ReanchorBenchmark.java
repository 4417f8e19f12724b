package org.claimtrace.bench;

import org.claimtrace.anchoring.AnchorState;
import org.claimtrace.anchoring.Reanchored;
import org.claimtrace.anchoring.Reanchorer;
import org.claimtrace.anchoring.TextAnchor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Re-anchoring cost for one corrected article: a 100 KB text with 1,000 annotations, corrected near the start
 * (a sentence inserted and a word reworded in the first paragraph). Times {@code Reanchorer.between} plus
 * re-anchoring every annotation, the work done when an editor saves a correction. A second, harsher scenario
 * (edits spread through the text and a paragraph moved) is printed for context. The last line is the summary.
 */
public final class ReanchorBenchmark {

    private static final int TARGET_CHARS = 100 * 1024;
    private static final int ANNOTATIONS = 1_000;
    private static final int WARMUP_ROUNDS = 5;
    private static final int ROUNDS = 20;

    private static final String[] SOURCES = {"Officials", "A spokesman for the ministry", "Two people briefed on the talks",
        "The agency", "Analysts", "A senior diplomat", "State media", "The defence ministry", "Witnesses", "Investigators"};
    private static final String[] CUES = {"said", "told reporters", "said in a statement", "wrote on Telegram",
        "confirmed", "warned", "claimed", "acknowledged"};
    private static final String[] SUBJECTS = {"the missile test", "the new sanctions", "the shipment of shells",
        "the satellite launch", "the border talks", "the grain deal", "the drone strike", "the power outage",
        "the naval exercise", "the refugee convoy", "the budget vote", "the cyberattack"};
    private static final String[] PREDICATES = {"was planned weeks in advance", "had been delayed twice",
        "would go ahead despite objections", "was not authorised by the cabinet", "involved at least three countries",
        "cost more than 40 million dollars", "was a response to earlier provocations", "had failed shortly after launch",
        "would be reviewed by an independent panel", "was broadly in line with earlier reports"};
    private static final String[] TAILS = {"", " on Monday", " late on Tuesday", " according to satellite images",
        " in the capital", " near the northern border", " after a closed-door meeting", " despite the warnings"};

    private ReanchorBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(20_240_917L);
        List<String> paragraphs = article(random);
        String oldText = String.join("\n\n", paragraphs);
        List<TextAnchor> anchors = annotations(oldText, random);

        String nearStart = correctedNearStart(paragraphs);
        Result main = measure("edit near start", oldText, nearStart, anchors);

        String spread = correctedThroughout(paragraphs, new Random(7));
        measure("edits spread + paragraph moved", oldText, spread, anchors);

        System.out.printf("reanchor: annotations=%d textKB=%d medianMs=%.1f p95Ms=%.1f anchored=%d changed=%d orphaned=%d%n",
                anchors.size(), oldText.length() / 1024, main.medianMs, main.p95Ms,
                main.counts.get(AnchorState.ANCHORED), main.counts.get(AnchorState.TEXT_CHANGED),
                main.counts.get(AnchorState.ORPHANED));
    }

    private record Result(double medianMs, double p95Ms, Map<AnchorState, Integer> counts) {
    }

    private static Result measure(String scenario, String oldText, String newText, List<TextAnchor> anchors) {
        Map<AnchorState, Integer> counts = new EnumMap<>(AnchorState.class);
        double[] millis = new double[ROUNDS];
        for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
            counts.clear();
            long started = System.nanoTime();
            Reanchorer reanchorer = Reanchorer.between(oldText, newText);
            for (TextAnchor anchor : anchors) {
                Reanchored result = reanchorer.reanchor(anchor);
                counts.merge(result.state(), 1, Integer::sum);
            }
            long elapsed = System.nanoTime() - started;
            if (round >= 0) {
                millis[round] = elapsed / 1e6;
            }
        }
        for (AnchorState state : AnchorState.values()) {
            counts.putIfAbsent(state, 0);
        }
        Arrays.sort(millis);
        double median = (millis[ROUNDS / 2 - 1] + millis[ROUNDS / 2]) / 2;
        double p95 = millis[(int) Math.ceil(0.95 * ROUNDS) - 1];
        System.out.printf("%-32s rounds=%d min=%.1fms median=%.1fms p95=%.1fms max=%.1fms states=%s%n",
                scenario, ROUNDS, millis[0], median, p95, millis[ROUNDS - 1], counts);
        return new Result(median, p95, counts);
    }

    private static List<String> article(Random random) {
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        while (length < TARGET_CHARS) {
            StringBuilder paragraph = new StringBuilder();
            int sentences = 4 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(sentence(random));
            }
            paragraphs.add(paragraph.toString());
            length += paragraph.length() + 2;
        }
        return paragraphs;
    }

    private static String sentence(Random random) {
        String subject = pick(random, SUBJECTS);
        return pick(random, SOURCES) + " " + pick(random, CUES) + " that " + subject + " "
                + pick(random, PREDICATES) + pick(random, TAILS) + ".";
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Sentence-ish spans: from a word start to a word end 20 to 200 characters on; they often overlap. */
    private static List<TextAnchor> annotations(String text, Random random) {
        List<TextAnchor> anchors = new ArrayList<>(ANNOTATIONS);
        while (anchors.size() < ANNOTATIONS) {
            int start = random.nextInt(text.length() - 250);
            while (start > 0 && text.charAt(start - 1) != ' ') {
                start--;
            }
            int end = Math.min(text.length(), start + 20 + random.nextInt(180));
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            anchors.add(TextAnchor.of(text, start, end));
        }
        return anchors;
    }

    private static String correctedNearStart(List<String> paragraphs) {
        List<String> corrected = new ArrayList<>(paragraphs);
        String first = corrected.getFirst();
        int secondSentence = first.indexOf(". ") + 2;
        first = first.substring(0, secondSentence) + "An earlier version of this article misstated the date. "
                + first.substring(secondSentence);
        first = first.replaceFirst(" that ", " that, in fact, ");
        corrected.set(0, first);
        return String.join("\n\n", corrected);
    }

    /** Twenty words reworded across the article, one paragraph deleted, one moved from the start to the end. */
    private static String correctedThroughout(List<String> paragraphs, Random random) {
        List<String> corrected = new ArrayList<>(paragraphs);
        for (int i = 0; i < 20; i++) {
            int index = random.nextInt(corrected.size());
            corrected.set(index, corrected.get(index).replaceFirst(" said ", " stated "));
        }
        corrected.remove(corrected.size() / 2);
        corrected.add(corrected.remove(3));
        return String.join("\n\n", corrected);
    }
}
