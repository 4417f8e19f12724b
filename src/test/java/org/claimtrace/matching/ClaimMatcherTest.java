package org.claimtrace.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ClaimMatcherTest {

    private static final SentenceEmbedder LETTERS = LetterCountModel.embedder();

    /** Equal weight on words and meaning, so the tests do not depend on the shipped weights. */
    static Reranker wordsAndMeaning() {
        return new Reranker(List.of("letters"), Map.of("bm25.relative", 1.0, "cosine.letters", 1.0));
    }

    static ClaimDocument claim(String id, String text, boolean withVector) {
        var doc = ClaimDocument.withoutVector(id, text, "");
        return withVector ? doc.withVector("letters", LETTERS.embedDocuments(List.of(text)).get(0)) : doc;
    }

    static ClaimIndex indexOf(ClaimDocument... claims) {
        var index = ClaimIndex.inMemory();
        List.of(claims).forEach(index::upsert);
        index.refresh();
        return index;
    }

    @Test
    void tweetFindsTheClaimItRepeatsAndSaysWhichWordsMatched() {
        try (var index = indexOf(
                claim("guantanamo", "122 detainees released from Guantanamo Bay under Obama returned to terrorism.", true),
                claim("vaccine", "The flu vaccine gives you the flu.", true),
                claim("charlotte", "Most people arrested in the Charlotte protests came from out of state.", true))) {
            var matcher = new ClaimMatcher(index, List.of(LETTERS), wordsAndMeaning());
            var matches = matcher.match("Obama released 122 detainees from #Guantanamo https://t.co/x — Someone (@someone) May 1, 2019", 3);
            assertEquals("guantanamo", matches.get(0).id());
            assertTrue(matches.get(0).matchedTerms().containsAll(List.of("Obama", "released", "122", "detainees", "Guantanamo")),
                    matches.get(0).matchedTerms().toString());
            assertEquals(MatchMethod.WORDS_AND_MEANING, matches.get(0).method());
        }
    }

    @Test
    void meaningOnlyMatchIsExplainedAsSimilarMeaning() {
        try (var index = indexOf(claim("vaccine", "Vaccinations cause influenza.", true))) {
            var matcher = new ClaimMatcher(index, List.of(LETTERS), wordsAndMeaning());
            // No word of the query survives analysis as a stem of the claim: only the vectors can find it.
            var matches = matcher.match("influenzalike vaccinationish", 3);
            assertEquals(1, matches.size());
            assertEquals(MatchMethod.SIMILAR_MEANING, matches.get(0).method());
            assertEquals("similar meaning", matches.get(0).explanation());
        }
    }

    @Test
    void claimSavedBeforeItsVectorIsComputedIsStillMatched() {
        try (var index = indexOf(
                claim("new", "Wind turbines kill more birds than cats do.", false),
                claim("old", "The flu vaccine gives you the flu.", true))) {
            var matcher = new ClaimMatcher(index, List.of(LETTERS), wordsAndMeaning());
            var matches = matcher.match("Do wind turbines kill more birds than cats?", 2);
            assertEquals("new", matches.get(0).id());
            assertEquals(MatchMethod.SHARED_WORDS, matches.get(0).method());
        }
    }

    @Test
    void withoutAnyEmbedderTheMatcherRanksByWords() {
        try (var index = indexOf(
                claim("a", "Wind turbines kill birds.", true),
                claim("b", "Solar panels kill birds and wind turbines kill bats and birds.", true))) {
            var matcher = new ClaimMatcher(index, List.of(), wordsAndMeaning());
            var matches = matcher.match("wind turbines kill birds", 2);
            assertEquals(List.of("a", "b"), matches.stream().map(MatchCandidate::id).toList());
            assertFalse(matches.get(0).matchedTerms().isEmpty());
        }
    }

    @Test
    void editedClaimIsMatchedByItsNewTextAfterRefresh() {
        try (var index = indexOf(claim("c", "Wind turbines kill birds.", true))) {
            var matcher = new ClaimMatcher(index, List.of(LETTERS), wordsAndMeaning());
            index.upsert(claim("c", "Tidal barrages harm fish stocks.", true));
            index.refresh();
            assertEquals("c", matcher.match("tidal barrages and fish", 1).get(0).id());
            assertTrue(matcher.match("tidal barrages and fish", 1).get(0).matchedTerms().contains("barrages"));
        }
    }
}
