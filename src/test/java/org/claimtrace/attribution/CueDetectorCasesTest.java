package org.claimtrace.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** One attribution shape per test, on short texts written for the case. */
class CueDetectorCasesTest {

    /** A body paragraph opens with an unsourced sentence, so that the cases after it are read as body text. */
    private static final String BODY = "The building site on Elm Street has been closed since March 2024, and the"
            + " works are due to last until the end of next year. ";

    private final CueDetector detector = SharedDetector.DETECTOR;

    @Test
    void sentenceFinalOfficialsSaidIsVagueAndHighlightsWhatPrecedes() {
        ClaimSuggestion s = only("Kim plans to travel to Russia this month, the officials said.");
        assertEquals(AttributionType.ANONYMOUS_VAGUE, s.type());
        assertEquals("the officials", s.sourceAsWritten());
        assertEquals("said", s.cue());
        assertEquals("Kim plans to travel to Russia this month", s.quote());
        assertEquals(Stance.NEUTRAL, s.stance());
    }

    @Test
    void officialsBriefedOnIntelligenceAreDescribedAnonymousSources() {
        ClaimSuggestion s = only("Their trip took about 10 days, according to officials briefed on the intelligence"
                + " reports.");
        assertEquals(AttributionType.ANONYMOUS_DESCRIBED, s.type());
        assertEquals("according to", s.cue());
        assertEquals("officials briefed on the intelligence reports", s.sourceAsWritten());
        assertEquals("Their trip took about 10 days", s.quote());
    }

    @Test
    void reportedlyIsAnotherOutletWithAHedge() {
        ClaimSuggestion s = only("North Korea’s Kim Jong Un reportedly plans to travel to Russia this month.");
        assertEquals(AttributionType.OTHER_OUTLET, s.type());
        assertEquals(Stance.HEDGED, s.stance());
        assertEquals("reportedly", s.cue());
        assertEquals("", s.sourceAsWritten());
        assertEquals("North Korea’s Kim Jong Un reportedly plans to travel to Russia this month", s.quote());
    }

    @Test
    void citingDeclassifiedIntelligenceMakesIntelligenceTheSource() {
        ClaimSuggestion s = only("On Wednesday, the White House warned that the two leaders had exchanged letters,"
                + " citing declassified intelligence.");
        assertEquals(AttributionType.INTELLIGENCE, s.type());
        assertEquals("citing", s.cue());
        assertEquals("declassified intelligence", s.sourceAsWritten());
        assertEquals("the two leaders had exchanged letters", s.quote());
    }

    @Test
    void quotedSpeechWithSheSaidGoesToThePersonNamedJustBefore() {
        List<ClaimSuggestion> all = detector.detect("Adrienne Watson, a National Security Council spokeswoman,"
                + " acknowledged that talks were expected between Russia and North Korea.\n\n"
                + "“We urge the D.P.R.K. to cease its arms negotiations with Russia,” she said in a statement.");
        assertEquals(2, all.size());
        ClaimSuggestion acknowledged = all.get(0);
        assertEquals(AttributionType.NAMED_PERSON, acknowledged.type());
        assertEquals(Stance.COMMITTING, acknowledged.stance());
        assertEquals("Adrienne Watson, a National Security Council spokeswoman", acknowledged.sourceAsWritten());
        ClaimSuggestion quote = all.get(1);
        assertEquals(AttributionType.NAMED_PERSON, quote.type());
        assertEquals("she", quote.sourceAsWritten());
        assertEquals("said in a statement", quote.cue());
        assertEquals("We urge the D.P.R.K. to cease its arms negotiations with Russia", quote.quote());
        assertTrue(quote.score() < acknowledged.score(), "a resolved pronoun is less certain");
    }

    @Test
    void theySaidTakesTheTypeOfTheSourceBefore() {
        List<ClaimSuggestion> all = detector.detect("Both leaders would attend the forum in Vladivostok, according"
                + " to officials briefed on the plans. Mr. Kim also plans to visit Pier 33, they said.");
        assertEquals(2, all.size());
        assertEquals(AttributionType.ANONYMOUS_DESCRIBED, all.get(1).type());
        assertEquals("they", all.get(1).sourceAsWritten());
        assertEquals("Mr. Kim also plans to visit Pier 33", all.get(1).quote());
    }

    @Test
    void aSeniorOfficialWhoSpokeOnConditionOfAnonymityIsADescribedAnonymousSourceWithTheReason() {
        ClaimSuggestion s = only("The bridge will stay closed for at least six months, a senior official who spoke on"
                + " condition of anonymity said on Monday, citing structural damage found during a routine inspection.");
        assertEquals(AttributionType.ANONYMOUS_DESCRIBED, s.type());
        assertEquals("said", s.cue());
        assertEquals("a senior official", s.sourceAsWritten());
        assertEquals("spoke on condition of anonymity", s.anonymityReason());
        assertEquals(Optional.of(OnRecord.ANONYMOUS), TypeImplications.onRecord(s.type().name()));
        assertEquals("The bridge will stay closed for at least six months", s.quote());
    }

    @Test
    void theReasonForAnonymityIsTheWholeClauseAndTheSourceWhatPrecedesIt() {
        ClaimSuggestion s = only("A senior engineer who spoke on condition of anonymity because he was not authorized"
                + " to discuss the inspection said the bridge would stay closed until spring.");
        assertEquals(AttributionType.ANONYMOUS_DESCRIBED, s.type());
        assertEquals("A senior engineer", s.sourceAsWritten());
        assertEquals("spoke on condition of anonymity because he was not authorized to discuss the inspection",
                s.anonymityReason());
        assertEquals("the bridge would stay closed until spring", s.quote());
    }

    @Test
    void aSourceWithoutAnAnonymityClauseHasNoReason() {
        ClaimSuggestion s = only("An engineer who inspected the bridge said it would stay closed until spring.");
        assertEquals("An engineer who inspected the bridge", s.sourceAsWritten());
        assertEquals("", s.anonymityReason());
    }

    @Test
    void aSpeakerGoingOnAfterAQuotationIsASpeechTagButContinuingToActIsNot() {
        List<ClaimSuggestion> all = detector.detect(BODY + "“The budget is a disgrace,” she continued. “It is a gift"
                + " to the banks.” The mayor continued to campaign in the northern suburbs on Sunday.");
        ClaimSuggestion quote = all.get(1);
        assertEquals("continued", quote.cue());
        assertEquals("she", quote.sourceAsWritten());
        assertTrue(quote.quote().endsWith("It is a gift to the banks"), quote.quote());
        assertEquals(AttributionType.UNATTRIBUTED, all.get(2).type());
    }

    @Test
    void aSourceTheTaggerStumblesOverIsStillTheWholeSubjectOfSaid() {
        List<ClaimSuggestion> all = detector.detect(BODY + "Rep. Anna Berg of Ohio, an ally of the mayor, said her"
                + " biggest worry is the budget. Ms. Ortiz-Lindqvist said the money was not what kept her in the job.");
        assertEquals("Rep. Anna Berg of Ohio, an ally of the mayor", all.get(1).sourceAsWritten());
        assertEquals("her biggest worry is the budget", all.get(1).quote());
        assertEquals(AttributionType.NAMED_PERSON, all.get(2).type());
        assertEquals("Ms. Ortiz-Lindqvist", all.get(2).sourceAsWritten());
    }

    @Test
    void aFindingNeedsARecordOrAThatClause() {
        List<ClaimSuggestion> all = detector.detect(BODY + "A new poll by Gallup showed the mayor with a 16-point lead."
                + " The city council found that the police force was fining residents to raise revenue.");
        assertEquals("A new poll by Gallup", all.get(1).sourceAsWritten());
        assertEquals(AttributionType.DOCUMENT, all.get(1).type());
        assertEquals("found", all.get(2).cue());
        assertEquals("the police force was fining residents to raise revenue", all.get(2).quote());
    }

    @Test
    void aPlaceAfterTheListenerDoesNotResumeTheQuotation() {
        List<ClaimSuggestion> all = detector.detect(BODY + "“The fight goes on,” Lopez told a crowd in Dayton, Ohio on"
                + " Tuesday night.");
        assertEquals("The fight goes on", all.get(1).quote());
        assertEquals("Lopez", all.get(1).sourceAsWritten());
    }

    @Test
    void aParticipleOfTellingSkipsItsListenerAndFollowsAQuotation() {
        List<ClaimSuggestion> all = detector.detect(BODY + "Lopez hailed the vote as “fantastic,” telling reporters in"
                + " Perth on Friday that the result was “a great thing.” Hours later, Lopez returned the compliment,"
                + " telling Reuters, “He is an amazing man.”");
        assertEquals("hailed", all.get(1).cue());
        assertEquals("telling", all.get(2).cue());
        assertEquals("Lopez", all.get(2).sourceAsWritten());
        assertEquals("the result was “a great thing.”", all.get(2).quote());
        assertEquals("He is an amazing man", all.get(3).quote());
    }

    @Test
    void anApproximateFigureAfterSaidThatIsContentNotATopic() {
        ClaimSuggestion s = detector.detect(BODY + "A company official said that about 40 percent of the staff had"
                + " left.").get(1);
        assertEquals("about 40 percent of the staff had left", s.quote());
        assertEquals("A company official", s.sourceAsWritten());
    }

    @Test
    void aRoleTheTaggerTakesForAVerbStillHeadsTheSource() {
        ClaimSuggestion s = detector.detect(BODY + "The plant is under intense pressure from imports, said the"
                + " company's chief executive, Dana Whitfield.").get(1);
        assertEquals("said", s.cue());
        assertEquals("the company's chief executive, Dana Whitfield", s.sourceAsWritten());
        assertEquals("The plant is under intense pressure from imports", s.quote());
    }

    @Test
    void aRecordDescribedByAParticiplePhraseIsTheWholeSourceOfATrailingVerb() {
        ClaimSuggestion s = detector.detect(BODY + "The harbour will be dredged before the summer, port records filed"
                + " on Monday showed.").get(1);
        assertEquals("showed", s.cue());
        assertEquals("port records filed on Monday", s.sourceAsWritten());
        assertEquals("The harbour will be dredged before the summer", s.quote());
        assertEquals(AttributionType.DOCUMENT, s.type());
    }

    @Test
    void aVerbOfSayingInAClauseOfTimeReportsForTheSubjectOfTheSentence() {
        List<ClaimSuggestion> all = detector.detect(BODY + "Lopez defended the budget while arguing that the harbour"
                + " needed more money.");
        ClaimSuggestion s = all.getLast();
        assertEquals("arguing", s.cue());
        assertEquals("Lopez", s.sourceAsWritten());
        assertEquals("the harbour needed more money", s.quote());
        assertEquals(AttributionType.NAMED_PERSON, s.type());
    }

    @Test
    void aParticipleOfDoingInAClauseOfMannerIsNoReport() {
        List<ClaimSuggestion> all = detector.detect(BODY + "The harbour trust cut its costs by selling the old pier.");
        assertTrue(all.stream().noneMatch(s -> s.cue().equals("selling")), () -> all.toString());
    }

    @Test
    void howAnAnonymousSourceSpokeIsANoteOnSourcingNotAClaim() {
        List<ClaimSuggestion> all = detector.detect(BODY + "Two engineers at the harbour described the leak. They"
                + " spoke on condition of anonymity because they were not authorized to discuss the repairs.");
        assertTrue(all.stream().noneMatch(s -> s.quote().startsWith("on condition of anonymity")), () -> all.toString());
    }

    @Test
    void aHeadlineOpeningWithASourceAndAColonGivesItTheRest() {
        List<ClaimSuggestion> all = detector.detect("Mayor Lopez: Bridge Will Reopen In Spring\n\n"
                + "Update: the bridge reopened on Sunday after repairs\n\nIowa: Ana Ruiz, Tom Berg, Lee Chan");
        assertEquals(1, all.size(), () -> all.toString());
        assertEquals(":", all.getFirst().cue());
        assertEquals("Mayor Lopez", all.getFirst().sourceAsWritten());
        assertEquals("Bridge Will Reopen In Spring", all.getFirst().quote());
    }

    @Test
    void aPollTheFiguresComeFromIsTheirSource() {
        List<ClaimSuggestion> all = detector.detect(BODY + "Lopez led Ruiz 64 to 27 in a Marist poll conducted Jan."
                + " 17-23. In the same poll, Lopez was winning older voters by 28 points. Lopez has a big lead in the"
                + " polls.");
        assertEquals(AttributionType.DOCUMENT, all.get(1).type());
        assertEquals("in", all.get(1).cue());
        assertEquals("a Marist poll conducted Jan. 17-23", all.get(1).sourceAsWritten());
        assertEquals("Lopez led Ruiz 64 to 27", all.get(1).quote());
        assertEquals("the same poll", all.get(2).sourceAsWritten());
        assertEquals("Lopez was winning older voters by 28 points", all.get(2).quote());
        assertEquals(AttributionType.UNATTRIBUTED, all.get(3).type());
    }

    @Test
    void aFindingOfAPhraseMadeOfRecordsNeedsNoThatClause() {
        ClaimSuggestion s = detector.detect(BODY + "An average of recent polls showed Lopez with a lead of two"
                + " points.").get(1);
        assertEquals("showed", s.cue());
        assertEquals("An average of recent polls", s.sourceAsWritten());
        assertEquals("Lopez with a lead of two points", s.quote());
    }

    @Test
    void parentheticalAttributionHighlightsTheWholeSentence() {
        String text = "One potential stop for Mr. Kim, an official said, is Vostochny Cosmodrome.";
        ClaimSuggestion s = only(text);
        assertEquals(AttributionType.ANONYMOUS_VAGUE, s.type());
        assertEquals("an official", s.sourceAsWritten());
        assertEquals(text.substring(0, text.length() - 1), s.quote());
    }

    @Test
    void sentenceInitialAccordingToAnOutletHighlightsWhatFollows() {
        ClaimSuggestion s = only("According to Reuters, the talks collapsed on Monday.");
        assertEquals(AttributionType.OTHER_OUTLET, s.type());
        assertEquals("Reuters", s.sourceAsWritten());
        assertEquals("the talks collapsed on Monday", s.quote());
    }

    @Test
    void namedSpokesmanWithAppositiveIsANamedPerson() {
        ClaimSuggestion s = only("A White House spokesman, John F. Kirby, said talks were “actively advancing.”");
        assertEquals(AttributionType.NAMED_PERSON, s.type());
        assertEquals("A White House spokesman, John F. Kirby", s.sourceAsWritten());
        assertEquals("talks were “actively advancing.”", s.quote());
    }

    @Test
    void aNamedBodySpeakingIsANamedInstitution() {
        ClaimSuggestion s = only("The Interior Ministry said emergency crews from three regions had been sent.");
        assertEquals(AttributionType.NAMED_INSTITUTION, s.type());
        assertEquals("emergency crews from three regions had been sent", s.quote());
    }

    @Test
    void photographReleasedByStateNewsIsStateMedia() {
        ClaimSuggestion s = only("A photograph released by North Korean state news shows Kim with Shoigu in July.");
        assertEquals(AttributionType.STATE_MEDIA, s.type());
        assertEquals("released by", s.cue());
        assertEquals("North Korean state news", s.sourceAsWritten());
    }

    @Test
    void writingOnAPlatformIsASocialPost() {
        ClaimSuggestion s = only("The minister wrote on Telegram that the bridge had been repaired.");
        assertEquals(AttributionType.SOCIAL_POST, s.type());
        assertEquals("wrote on Telegram", s.cue());
        assertEquals("the bridge had been repaired", s.quote());
    }

    @Test
    void allegedIsDistancing() {
        ClaimSuggestion s = only("Prosecutors alleged that the company hid losses of $2 billion from Swiss auditors.");
        assertEquals(Stance.DISTANCING, s.stance());
        assertEquals("alleged", s.cue());
    }

    @Test
    void unsourcedFactInABodyParagraphIsProposedAsUnattributedWithALowScore() {
        String paragraph = "The center, whose first rocket launch took place in 2016, is about 950 miles north of"
                + " Vladivostok. Mr. Kim could possibly go to Moscow, though that is not certain.";
        List<ClaimSuggestion> all = detector.detect(paragraph);
        assertEquals(2, all.size());
        assertTrue(all.stream().allMatch(s -> s.type() == AttributionType.UNATTRIBUTED && s.score() <= 0.4));
        assertEquals("", all.get(0).cue());
        assertEquals(-1, all.get(0).cueStart());
        assertEquals(Stance.HEDGED, all.get(1).stance());
        assertEquals("could possibly", all.get(1).cue());
    }

    @Test
    void unsourcedShortLinesCaptionsAndTeasersAreNotClaims() {
        String text = "Kim Jong Un to meet Vladimir Putin in Vladivostok in 2019.\n\n"
                + "Mr. Kim is expected to travel to meet President Vladimir V. Putin in Russia at the Eastern Economic"
                + " Forum.Credit...KCNA, via Associated Press\n\n"
                + "More from GZERO Media\n\n"
                + "Out-of-control wildfires are devastating southern California, which, in the hyperpolarized political"
                + " world of 2025, has resulted in a war of words, officials said.";
        assertEquals(List.of(), detector.detect(text));
    }

    @Test
    void aRefusalToCommentIsNotAClaim() {
        assertEquals(List.of(), detector.detect("U.S. officials declined to give more details on the state of"
                + " personal ties between the leaders of Russia and North Korea, who are considered adversaries."));
    }

    @Test
    void offsetsAreUtf16IndicesEvenAfterCharactersOutsideTheBasicPlane() {
        String text = "\uD83D\uDCF0 Kim plans to travel to Russia this month, the officials said.";
        ClaimSuggestion s = only(text);
        assertEquals(text.indexOf("Kim"), s.start());
        assertEquals(text.substring(s.start(), s.end()), s.quote());
        assertEquals("said", text.substring(s.cueStart(), s.cueEnd()));
    }

    @Test
    void emptyTextHasNoSuggestions() {
        assertEquals(List.of(), detector.detect(""));
    }

    private ClaimSuggestion only(String text) {
        List<ClaimSuggestion> all = detector.detect(text);
        assertEquals(1, all.size(), () -> "expected one suggestion, got " + all);
        return all.getFirst();
    }
}
