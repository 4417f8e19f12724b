package org.claimtrace.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryTextCleanerTest {

    static final String TWEET = "Hurricane Dorian washed up bricks of cocaine on Florida’s coast #DorianCocaine "
            + "https://t.co/abc pic.twitter.com/ApEtNvR7tb — NowThis (@nowthisnews) September 10, 2019";

    @Test
    void embeddedTweetLosesLinksAndSignatureAndKeepsHashtagWords() {
        assertEquals("Hurricane Dorian washed up bricks of cocaine on Florida’s coast Dorian Cocaine",
                QueryTextCleaner.keepingTagsAsWords().clean(TWEET));
    }

    @Test
    void handlesAreSplitIntoWordsOrDropped() {
        String text = "@realDonaldTrump says taxes went down &amp; jobs up";
        assertEquals("real Donald Trump says taxes went down & jobs up", QueryTextCleaner.keepingTagsAsWords().clean(text));
        assertEquals("says taxes went down & jobs up", QueryTextCleaner.droppingHandles().clean(text));
    }

    @Test
    void plainClaimSentenceIsUnchanged() {
        String claim = "70 per cent of the persons arrested in Charlotte had out-of-state IDs.";
        assertEquals(claim, QueryTextCleaner.keepingTagsAsWords().clean(claim));
    }
}
