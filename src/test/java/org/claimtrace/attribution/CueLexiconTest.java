package org.claimtrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CueLexiconTest {

    private final CueLexicon lexicon = CueLexicon.load();

    @Test
    void verbsOfSayingCarryTheirStance() {
        assertEquals(Optional.of(Stance.NEUTRAL), lexicon.sayingVerb("said"));
        assertEquals(Optional.of(Stance.COMMITTING), lexicon.sayingVerb("acknowledged"));
        assertEquals(Optional.of(Stance.DISTANCING), lexicon.sayingVerb("claimed"));
        assertEquals(Optional.empty(), lexicon.sayingVerb("traveled"));
    }

    @Test
    void longerHedgeWinsAndMatchesAreWholeWords() {
        assertEquals("could possibly", lexicon.hedges().find("Mr. Kim could possibly go").orElseThrow().phrase());
        assertTrue(lexicon.stateMedia().find("the transatlantic route").isEmpty(), "no 'rt' inside a word");
        assertTrue(lexicon.broadAffiliations().occursIn("a u.s. official"));
    }

    @Test
    void entriesOutsideASectionAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CueLexicon.parse("said\n[saying.neutral]\n"));
    }
}
