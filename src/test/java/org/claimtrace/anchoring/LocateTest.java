package org.claimtrace.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LocateTest {

    private static final String ARTICLE = "Seoul said the missiles flew about 600 kilometres. "
            + "Officials briefed on the intelligence reports said the launch was a test of a new engine. "
            + "Japan said the missiles landed outside its waters.";

    @Test
    void quoteAtItsRecordedPositionIsAnchored() {
        TextAnchor anchor = anchorIn(ARTICLE, "a test of a new engine");
        Reanchored result = Reanchorer.locate(anchor, ARTICLE);
        assertEquals(AnchorState.ANCHORED, result.state());
        assertEquals(anchor, result.anchor());
    }

    @Test
    void movedQuoteWithMatchingContextIsAnchoredAtItsNewPlace() {
        TextAnchor anchor = anchorIn(ARTICLE, "a test of a new engine");
        String moved = "Japan said the missiles landed outside its waters. " + ARTICLE.replace(" Japan said the missiles landed outside its waters.", "");
        Reanchored result = Reanchorer.locate(anchor, moved);
        assertEquals(AnchorState.ANCHORED, result.state());
        assertEquals(moved.indexOf("a test of a new engine"), result.anchor().start());
    }

    @Test
    void quoteWithOneWordChangedIsTextChangedNearItsPlace() {
        TextAnchor anchor = anchorIn(ARTICLE, "the launch was a test of a new engine");
        String corrected = ARTICLE.replace("a new engine", "a solid-fuel engine");
        Reanchored result = Reanchorer.locate(anchor, corrected);
        assertEquals(AnchorState.TEXT_CHANGED, result.state());
        assertEquals("the launch was a test of a solid-fuel engine", result.anchor().quote());
        assertEquals("the launch was a test of a new engine", result.previousQuote());
    }

    @Test
    void quoteThatIsNowhereIsOrphaned() {
        TextAnchor anchor = anchorIn(ARTICLE, "Officials briefed on the intelligence reports");
        Reanchored result = Reanchorer.locate(anchor, "An entirely different article about the weather in Busan today.");
        assertEquals(AnchorState.ORPHANED, result.state());
        assertNull(result.anchor());
    }

    @Test
    void repeatedPhraseWithOtherContextIsNotTaken() {
        String old = "A. Officials said the test failed. B. Later that day, as the region waited, "
                + "Officials said the test failed again.";
        TextAnchor anchor = anchorIn(old, "Officials said the test failed");
        String corrected = "B. Later that day, as the region waited, Officials said the test failed again.";
        assertEquals(AnchorState.ORPHANED, Reanchorer.locate(anchor, corrected).state());
    }

    /** An imported anchor's end may be counted in other units (code points against UTF-16): the quote decides. */
    @Test
    void aQuoteFoundElsewhereKeepsItsWholeLengthWhateverTheRecordedEnd() {
        String quote = "Officials briefed on the intelligence reports";
        String withEmoji = "\uD83D\uDCF0\uD83D\uDCF0 " + ARTICLE;
        int recorded = ARTICLE.indexOf(quote);
        TextAnchor whole = anchorIn(ARTICLE, quote);
        TextAnchor imported = new TextAnchor(recorded, recorded + 1, quote, whole.prefix(), whole.suffix());

        Reanchored result = Reanchorer.locate(imported, withEmoji);

        assertEquals(AnchorState.ANCHORED, result.state());
        assertEquals(quote, result.anchor().quote());
        assertEquals(withEmoji.indexOf(quote), result.anchor().start());
    }

    @Test
    void aQuoteAtItsRecordedStartKeepsItsWholeLengthWhateverTheRecordedEnd() {
        String quote = "a test of a new engine";
        int at = ARTICLE.indexOf(quote);

        Reanchored result = Reanchorer.locate(new TextAnchor(at, at + 1, quote, "", ""), ARTICLE);

        assertEquals(quote, result.anchor().quote());
    }

    @Test
    void emptyTextOrphansTheAnchor() {
        TextAnchor anchor = anchorIn(ARTICLE, "Seoul said");
        assertEquals(AnchorState.ORPHANED, Reanchorer.locate(anchor, "").state());
    }

    private static TextAnchor anchorIn(String text, String quote) {
        int start = text.indexOf(quote);
        return TextAnchor.of(text, start, start + quote.length());
    }
}
