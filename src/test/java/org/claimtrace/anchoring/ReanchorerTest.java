package org.claimtrace.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReanchorerTest {

    private static final String FIRST = "North Korea fired two ballistic missiles on Monday, the officials said.";
    private static final String SECOND = "The launches came hours after the allied drills ended near the border.";
    private static final String THIRD = "Analysts expect further tests before the party congress in the spring.";

    @Test
    void spanStaysAnchoredAndShiftsExactlyWhenTextIsInsertedBeforeIt() {
        String old = FIRST + " " + SECOND + " " + THIRD;
        String inserted = "An earlier report was corrected. ";
        Reanchored result = reanchor(old, inserted + old, "allied drills");

        assertEquals(AnchorState.ANCHORED, result.state());
        assertEquals(old.indexOf("allied drills") + inserted.length(), result.anchor().start());
        assertEquals("allied drills", result.anchor().quote());
        assertEquals(1.0, result.similarity());
    }

    @Test
    void spanStaysAnchoredWhenTextAfterItChanges() {
        String old = FIRST + " " + SECOND + " " + THIRD;
        String corrected = FIRST + " " + SECOND + " Analysts expect no further tests this year.";
        Reanchored result = reanchor(old, corrected, "fired two ballistic missiles");

        assertEquals(AnchorState.ANCHORED, result.state());
        assertEquals(old.indexOf("fired"), result.anchor().start());
        assertEquals(" on Monday, the officials said.", result.anchor().suffix().substring(0, 31));
    }

    @Test
    void insertionExactlyAtTheSpanBoundariesStaysOutsideTheSpan() {
        String old = "They said the deal was signed today.";
        String corrected = "They said that the deal was signed late today.";
        Reanchored result = reanchor(old, corrected, "the deal was signed");

        assertEquals(AnchorState.ANCHORED, result.state());
        assertEquals("the deal was signed", result.anchor().quote());
        assertEquals(corrected.indexOf("the deal"), result.anchor().start());
    }

    @Test
    void rewordedSpanIsTextChangedWithOldAndNewWording() {
        String old = "Missiles were fired, the officials said, adding that more could follow.";
        String corrected = "Missiles were fired, the officials told reporters, adding that more could follow.";
        Reanchored result = reanchor(old, corrected, "the officials said");

        assertEquals(AnchorState.TEXT_CHANGED, result.state());
        assertEquals("the officials told reporters", result.anchor().quote());
        assertEquals(corrected.indexOf("the officials"), result.anchor().start());
        assertEquals("the officials said", result.previousQuote());
        assertTrue(result.similarity() >= 0.5 && result.similarity() < 1, "similarity " + result.similarity());
    }

    @Test
    void spanWhoseSentenceWasDeletedIsOrphaned() {
        String old = FIRST + " " + SECOND + " " + THIRD;
        String corrected = FIRST + " " + THIRD;
        Reanchored result = reanchor(old, corrected, "hours after the allied drills");

        assertEquals(AnchorState.ORPHANED, result.state());
        assertNull(result.anchor());
        assertEquals("hours after the allied drills", result.previousQuote());
    }

    @Test
    void repeatedPhraseElsewhereDoesNotCaptureADeletedSpan() {
        String old = "A. Officials said the test failed. B. Later that day, as the region waited, "
                + "Officials said the test failed again.";
        String corrected = "B. Later that day, as the region waited, Officials said the test failed again.";
        Reanchored result = reanchor(old, corrected, "Officials said the test failed");

        assertEquals(AnchorState.ORPHANED, result.state());
    }

    @Test
    void repeatedPhraseElsewhereDoesNotCaptureADeletedSpanEvenWhenItWasEditedToo() {
        String old = "A. Officials said the test failed. B. Later that day, as the region waited, "
                + "Officials said the test failed again.";
        String corrected = "B. Later that day, as the region waited, Officials said the test failed, once more.";
        Reanchored result = reanchor(old, corrected, "Officials said the test failed");

        assertEquals(AnchorState.ORPHANED, result.state());
    }

    @Test
    void paragraphMovedElsewhereStaysAnchoredAtItsNewPlace() {
        String p1 = "Seoul said the missiles flew about 600 kilometres before falling into the sea east of the peninsula.";
        String p2 = "Pyongyang has tested a string of weapons this year, including what it called a hypersonic glide vehicle.";
        String p3 = "Japan's defence ministry said the missiles landed outside its exclusive economic zone, causing no damage.";
        String p4 = "The United States condemned the launches and urged the North to return to talks without preconditions.";
        String old = String.join("\n\n", p1, p2, p3, p4);
        String corrected = String.join("\n\n", p1, p3, p4, p2);
        Reanchored result = reanchor(old, corrected, "what it called a hypersonic glide vehicle");

        assertEquals(AnchorState.ANCHORED, result.state());
        assertEquals(corrected.indexOf("what it called"), result.anchor().start());
        assertEquals("what it called a hypersonic glide vehicle", result.anchor().quote());
    }

    @Test
    void wholeParagraphMovedElsewhereStaysAnchored() {
        String p1 = "Seoul said the missiles flew about 600 kilometres before falling into the sea east of the peninsula.";
        String p2 = "Pyongyang has tested a string of weapons this year, including what it called a hypersonic glide vehicle.";
        String p3 = "Japan's defence ministry said the missiles landed outside its exclusive economic zone, causing no damage.";
        String p4 = "The United States condemned the launches and urged the North to return to talks without preconditions.";
        String old = String.join("\n\n", p1, p2, p3, p4);
        String corrected = String.join("\n\n", p3, p4, p2, p1);
        Reanchored result = reanchor(old, corrected, p2);

        assertEquals(AnchorState.ANCHORED, result.state());
        assertEquals(corrected.indexOf(p2), result.anchor().start());
    }

    @Test
    void emojiAndCjkBeforeAndInsideTheSpanKeepOffsetsRight() {
        String old = "速報 \uD83D\uDE80 北朝鮮が弾道ミサイル\uD83D\uDE80を発射したと当局者が述べた。 More later.";
        String corrected = "\uD83D\uDCE2\uD83D\uDCE2 訂正: " + old;
        String quote = "弾道ミサイル\uD83D\uDE80を発射";
        Reanchored result = reanchor(old, corrected, quote);

        assertEquals(AnchorState.ANCHORED, result.state());
        assertEquals(corrected.indexOf(quote), result.anchor().start());
        assertEquals(quote, corrected.substring(result.anchor().start(), result.anchor().end()));
    }

    @Test
    void editedEmojiInsideTheSpanIsTextChangedWithWholeCodePoints() {
        String old = "Crowds cheered \uD83D\uDE80 launch \uD83D\uDE00 today in Pyongyang.";
        String corrected = "Crowds cheered \uD83D\uDE80 launch \uD83D\uDE01 today in Pyongyang.";
        Reanchored result = reanchor(old, corrected, "\uD83D\uDE80 launch \uD83D\uDE00 today");

        assertEquals(AnchorState.TEXT_CHANGED, result.state());
        assertEquals("\uD83D\uDE80 launch \uD83D\uDE01 today", result.anchor().quote());
    }

    @Test
    void spansAtTheVeryStartAndEndOfTheTextAreCarriedOver() {
        String old = FIRST + " " + SECOND;
        String corrected = FIRST + " Also: " + SECOND;
        Reanchored start = reanchor(old, corrected, "North Korea");
        Reanchored end = reanchor(old, corrected, "near the border.");

        assertEquals(AnchorState.ANCHORED, start.state());
        assertEquals(0, start.anchor().start());
        assertEquals("", start.anchor().prefix());
        assertEquals(AnchorState.ANCHORED, end.state());
        assertEquals(corrected.length(), end.anchor().end());
        assertEquals("", end.anchor().suffix());
    }

    @Test
    void everySpanIsOrphanedWhenTheNewTextIsEmpty() {
        Reanchored result = reanchor(FIRST, "", "ballistic missiles");
        assertEquals(AnchorState.ORPHANED, result.state());
    }

    @Test
    void identicalTextsKeepEverySpanWhereItWas() {
        String text = FIRST + " " + SECOND;
        Reanchorer reanchorer = Reanchorer.between(text, text);
        for (int start = 0; start < text.length() - 5; start += 7) {
            TextAnchor anchor = TextAnchor.of(text, start, start + 5);
            assertEquals(anchor, reanchorer.reanchor(anchor).anchor());
        }
    }

    @Test
    void anchorThatDoesNotFitTheOldTextIsLocatedInsteadOfMapped() {
        TextAnchor stale = new TextAnchor(0, 11, "North Korea", "", " fired");
        Reanchored result = Reanchorer.between("Something else entirely.", FIRST).reanchor(stale);
        assertEquals(AnchorState.ANCHORED, result.state());
        assertEquals(0, result.anchor().start());
    }

    @Test
    void wholesaleRewriteStillFindsTheSurvivingPassageByItsContext() {
        String kept = "The regional court in Busan ruled on Friday that the shipping company had broken export rules.";
        String old = filler(new java.util.Random(1), 30_000) + "\n\n" + kept + "\n\n" + filler(new java.util.Random(2), 30_000);
        String rewritten = filler(new java.util.Random(3), 30_000) + "\n\n" + kept + "\n\n" + filler(new java.util.Random(4), 30_000);
        Reanchored result = reanchor(old, rewritten, "had broken export rules");

        assertEquals(AnchorState.ANCHORED, result.state());
        assertEquals(rewritten.indexOf("had broken export rules"), result.anchor().start());
    }

    /** Unrelated prose of about {@code length} characters, so two fillers differ in more tokens than the diff budget. */
    private static String filler(java.util.Random random, int length) {
        String[] words = {"ministry", "officials", "border", "statement", "launch", "talks", "sanctions", "report",
            "satellite", "analysts", "convoy", "budget", "vote", "drone", "grain", "power", "naval", "diplomat"};
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(10) == 0 ? ". " : " ");
        }
        return text.toString();
    }

    private static Reanchored reanchor(String oldText, String newText, String quote) {
        int start = oldText.indexOf(quote);
        assertTrue(start >= 0, "test quote must be in the old text");
        return Reanchorer.between(oldText, newText).reanchor(TextAnchor.of(oldText, start, start + quote.length()));
    }
}
