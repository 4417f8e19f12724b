package org.claimtrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tagger's slips on news text that {@link TokenRepair} mends, on tagged sentences written for the case. */
class TokenRepairTest {

    @Test
    void aNameTheTaggerReadsAsAVerbBeforeItsOwnVerbIsAName() {
        List<Token> repaired = TokenRepair.repair(tagged("Bush/VERB conceded/VERB that/SCONJ the/DET dam/NOUN"
                + " leaks/VERB ./PUNCT"), true);
        assertEquals(List.of("PROPN", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"), tags(repaired));
    }

    @Test
    void aCapitalisedVerbInsideARunningSentenceIsAName() {
        List<Token> repaired = TokenRepair.repair(tagged("After/ADP the/DET vote/NOUN ,/PUNCT Bush/VERB told/VERB"
                + " reporters/NOUN the/DET dam/NOUN leaks/VERB ./PUNCT"), true);
        assertEquals("PROPN", repaired.get(4).tag());
        assertEquals("VERB", repaired.get(5).tag());
    }

    @Test
    void aPossessiveNameBeforeANounIsANameAndAPluralBeforeAVerbACommonNoun() {
        assertEquals("PROPN", TokenRepair.repair(tagged("Bush's/VERB campaign/NOUN said/VERB so/ADV ./PUNCT"),
                true).getFirst().tag());
        assertEquals("NOUN", TokenRepair.repair(tagged("Surveys/VERB show/VERB a/DET tie/NOUN ./PUNCT"),
                true).getFirst().tag());
    }

    @Test
    void commandsQuotationsAndHeadlinesKeepTheirVerbs() {
        assertEquals("VERB", TokenRepair.repair(tagged("Let's/VERB see/VERB ./PUNCT"), true).getFirst().tag());
        assertEquals("VERB", TokenRepair.repair(tagged("Asked/VERB about/ADP it/PRON ,/PUNCT he/PRON"
                + " laughed/VERB ./PUNCT"), true).getFirst().tag());
        assertEquals("VERB", TokenRepair.repair(tagged("He/PRON said/VERB :/PUNCT “/PUNCT Build/VERB it/PRON"
                + " ./PUNCT"), true).get(4).tag());
        assertEquals("VERB", TokenRepair.repair(tagged("Mayor/PROPN Lopez/PROPN Says/VERB Bridge/NOUN"
                + " Will/AUX Reopen/VERB"), false).get(2).tag());
    }

    @Test
    void aHeadlineIsTitleCaseAndASentenceIsNot() {
        assertTrue(TokenRepair.isTitleCase("Mayor Lopez Says Bridge Will Reopen In Spring"));
        assertFalse(TokenRepair.isTitleCase("After the vote, Bush told reporters the dam leaks."));
    }

    /** "word/TAG word/TAG …" as tokens with offsets, one space between words. */
    private static List<Token> tagged(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String pair : sentence.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            tokens.add(new Token(offset, offset + word.length(), word, pair.substring(slash + 1)));
            offset += word.length() + 1;
        }
        return tokens;
    }

    private static List<String> tags(List<Token> tokens) {
        return tokens.stream().map(Token::tag).toList();
    }
}
