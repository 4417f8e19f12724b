package org.claimtrace.report;

import org.claimtrace.attribution.Attribution;
import org.claimtrace.attribution.OnRecord;
import org.claimtrace.report.AnonymityAudit.Answer;
import org.claimtrace.report.AnonymityAudit.Question;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnonymityAuditTest {

    private static final String TEXT = """
            Kim plans to travel to Russia this month, according to American and allied officials.

            The intelligence has not been declassified, and the officials describing it were not authorized to discuss it.

            Their trip took about 10 days, according to officials briefed on the intelligence reports.

            A diplomat said the talks should stop.""";

    private static Attribution anonymous(String type, String source) {
        var attribution = new Attribution(type);
        attribution.setSourceAsWritten(source);
        return attribution;
    }

    private static List<AnonymityAudit.Finding> audit(Attribution attribution, String quote) {
        int start = TEXT.indexOf(quote);
        return AnonymityAudit.of(attribution, quote, start, start + quote.length(), TEXT);
    }

    private static AnonymityAudit.Finding answer(List<AnonymityAudit.Finding> findings, Question question) {
        return findings.stream().filter(f -> f.question() == question).findFirst().orElseThrow();
    }

    @Test
    void aVagueSourceWhoseReasonIsGivenElsewhereForTheSameOfficials() {
        var findings = audit(anonymous("ANONYMOUS_VAGUE", "American and allied officials"), "Kim plans to travel to Russia this month");

        assertThat(answer(findings, Question.SPECIFIC_DESCRIPTION).answer()).isEqualTo(Answer.NO);
        var reason = answer(findings, Question.REASON_STATED);
        assertThat(reason.answer()).isEqualTo(Answer.YES);
        assertThat(reason.words()).isEqualTo("The intelligence has not been declassified, and the officials describing it were not authorized to discuss it.");
        assertThat(answer(findings, Question.BASIS_OF_KNOWLEDGE).answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(answer(findings, Question.INFORMATION_NOT_OPINION).answer()).isEqualTo(Answer.YES);
    }

    @Test
    void aDescribedSourceStatesItsBasisInItsDescription() {
        var findings = audit(anonymous("ANONYMOUS_DESCRIBED", "officials briefed on the intelligence reports"), "Their trip took about 10 days");

        assertThat(answer(findings, Question.SPECIFIC_DESCRIPTION).answer()).isEqualTo(Answer.YES);
        var basis = answer(findings, Question.BASIS_OF_KNOWLEDGE);
        assertThat(basis.answer()).isEqualTo(Answer.YES);
        assertThat(basis.words()).isEqualTo("officials briefed on the intelligence reports");
    }

    @Test
    void whatTheEditorRecordedAnswersFirst() {
        var attribution = anonymous("ANONYMOUS_VAGUE", "a diplomat");
        attribution.setAnonymityReason("not authorized to speak publicly");
        attribution.setBasisOfKnowledge("attended the talks");
        var findings = audit(attribution, "the talks should stop");

        assertThat(answer(findings, Question.REASON_STATED)).satisfies(f -> {
            assertThat(f.answer()).isEqualTo(Answer.YES);
            assertThat(f.words()).isEqualTo("not authorized to speak publicly");
            assertThat(f.where()).isEqualTo("recorded by the editor");
        });
        assertThat(answer(findings, Question.BASIS_OF_KNOWLEDGE).words()).isEqualTo("attended the talks");
    }

    @Test
    void anOpinionIsNotInformation() {
        var finding = answer(audit(anonymous("ANONYMOUS_VAGUE", "A diplomat"), "the talks should stop"), Question.INFORMATION_NOT_OPINION);

        assertThat(finding.answer()).isEqualTo(Answer.NO);
        assertThat(finding.words()).contains("should");
    }

    @Test
    void aReasonOnlyForOtherSourcesLeavesTheAnswerOpen() {
        var attribution = new Attribution("NAMED_INSTITUTION");
        attribution.setOnRecord(OnRecord.BACKGROUND);
        attribution.setSourceAsWritten("A diplomat");
        var findings = audit(attribution, "the talks should stop");

        assertThat(answer(findings, Question.SPECIFIC_DESCRIPTION).answer()).isEqualTo(Answer.YES);
        assertThat(answer(findings, Question.REASON_STATED).answer()).isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void noReasonAnywhereIsANo() {
        var text = "A US official has urged North Korea to cease its arms negotiations.";
        var quote = "to cease its arms negotiations";
        int start = text.indexOf(quote);
        var findings = AnonymityAudit.of(anonymous("ANONYMOUS_VAGUE", "a US official"), quote, start, start + quote.length(), text);

        assertThat(answer(findings, Question.SPECIFIC_DESCRIPTION).answer()).isEqualTo(Answer.NO);
        assertThat(answer(findings, Question.REASON_STATED).answer()).isEqualTo(Answer.NO);
        assertThat(answer(findings, Question.BASIS_OF_KNOWLEDGE).answer()).isEqualTo(Answer.NO);
    }
}
