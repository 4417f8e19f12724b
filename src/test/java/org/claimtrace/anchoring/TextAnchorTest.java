package org.claimtrace.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextAnchorTest {

    @Test
    void takesQuoteAndUpToThirtyTwoCharactersOfContext() {
        String text = "x".repeat(40) + "QUOTE" + "y".repeat(40);
        TextAnchor anchor = TextAnchor.of(text, 40, 45);
        assertEquals("QUOTE", anchor.quote());
        assertEquals("x".repeat(32), anchor.prefix());
        assertEquals("y".repeat(32), anchor.suffix());
    }

    @Test
    void contextIsShorterAtTheEdgesOfTheText() {
        TextAnchor anchor = TextAnchor.of("Officials said", 0, 9);
        assertEquals("", anchor.prefix());
        assertEquals(" said", anchor.suffix());
    }

    @Test
    void contextNeverKeepsHalfAnEmoji() {
        // 31 letters then an emoji (2 code units) before the quote: a 32-unit cut would start inside the emoji.
        String before = "\uD83D\uDE00" + "a".repeat(31);
        String after = "b".repeat(31) + "\uD83D\uDE00";
        String text = before + "Q" + after;
        TextAnchor anchor = TextAnchor.of(text, before.length(), before.length() + 1);
        assertEquals("a".repeat(31), anchor.prefix());
        assertEquals("b".repeat(31), anchor.suffix());
        assertTrue(anchor.prefix().chars().noneMatch(c -> Character.isSurrogate((char) c)));
    }

    @Test
    void rejectsSpansOutsideTheText() {
        var negative = assertThrows(IllegalArgumentException.class, () -> TextAnchor.of("abc", -1, 2));
        assertTrue(negative.getMessage().contains("negative"));
        var pastEnd = assertThrows(IllegalArgumentException.class, () -> TextAnchor.of("abc", 1, 4));
        assertTrue(pastEnd.getMessage().contains("past the end"));
        var empty = assertThrows(IllegalArgumentException.class, () -> TextAnchor.of("abc", 2, 2));
        assertTrue(empty.getMessage().contains("before end"));
    }
}
