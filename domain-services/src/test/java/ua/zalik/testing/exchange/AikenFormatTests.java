package ua.zalik.testing.exchange;

import org.junit.jupiter.api.Test;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionBody.Choice;
import ua.zalik.testing.QuestionDraft;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AikenFormatTests {

    @Test
    void aikenDocumentedExampleBecomesSingleChoiceQuestions() {
        List<ImportedQuestion> questions = AikenFormat.read("""
                What is the correct answer to this question?
                A. Is it this one?
                B. Maybe this answer?
                C. Possibly this one?
                D. Must be this one!
                ANSWER: D

                Which LMS has the most quiz import formats?
                A) Moodle
                B) ATutor
                C) Claroline
                D) Blackboard
                E) WebCT
                F) Ilias
                ANSWER: A
                """);

        assertThat(questions).hasSize(2);
        QuestionDraft first = questions.get(0).draft();
        assertThat(first.text()).isEqualTo("What is the correct answer to this question?");
        assertThat(first.name()).isEqualTo("What is the correct answer to this question?");
        assertThat(first.body()).isEqualTo(new QuestionBody.SingleChoice(Arrays.asList(
                new Choice("Is it this one?", 0, null), new Choice("Maybe this answer?", 0, null),
                new Choice("Possibly this one?", 0, null), new Choice("Must be this one!", 1, null))));
        assertThat(questions.get(0).line()).isEqualTo(1);
        QuestionDraft second = questions.get(1).draft();
        assertThat(((QuestionBody.SingleChoice) second.body()).options())
                .extracting(Choice::text, Choice::fraction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Moodle", 1.0),
                        org.assertj.core.groups.Tuple.tuple("ATutor", 0.0),
                        org.assertj.core.groups.Tuple.tuple("Claroline", 0.0),
                        org.assertj.core.groups.Tuple.tuple("Blackboard", 0.0),
                        org.assertj.core.groups.Tuple.tuple("WebCT", 0.0),
                        org.assertj.core.groups.Tuple.tuple("Ilias", 0.0));
        assertThat(questions.get(1).line()).isEqualTo(8);
    }

    @Test
    void aikenTextMaySpanLinesAndUseCyrillicLettersAndAnyCaseAnswer() {
        List<ImportedQuestion> questions = AikenFormat.read("""
                Столиця України —
                оберіть місто.
                А) Львів
                Б) Київ
                Answer: б
                """);

        assertThat(questions.getFirst().draft().text()).isEqualTo("Столиця України —\nоберіть місто.");
        assertThat(questions.getFirst().draft().body()).isEqualTo(new QuestionBody.SingleChoice(Arrays.asList(
                new Choice("Львів", 0, null), new Choice("Київ", 1, null))));
    }

    @Test
    void aikenErrorsNameTheirLines() {
        String aiken = """
                A) An option first
                Question one?
                A) yes
                B) no
                ANSWER: C

                Question two?
                A) yes
                A) again
                ANSWER: A

                Question three?
                A) only
                Question four?
                A) a
                B) b
                ANSWER: B
                ANSWER: A

                Question five?
                A) a
                """;

        assertThatThrownBy(() -> AikenFormat.read(aiken))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("6 problems")
                .hasMessageContaining("line 1: an option comes before any question text")
                .hasMessageContaining("line 5: ANSWER must name one of the options A, B, got 'C'")
                .hasMessageContaining("line 9: option A appears twice")
                .hasMessageContaining("line 12: the question has no 'ANSWER: X' line after its options")
                .hasMessageContaining("line 18: ANSWER comes before any question text")
                .hasMessageContaining("line 20: the question has no 'ANSWER: X' line after its options");
    }

    @Test
    void aikenOneOptionIsReportedWithItsLine() {
        assertThatThrownBy(() -> AikenFormat.read("\nLonely?\nA) yes\nANSWER: A\n"))
                .hasMessageContaining("line 2: a single-choice question needs two options");
        assertThatThrownBy(() -> AikenFormat.read("\n\n"))
                .hasMessage("the Aiken file holds no questions");
    }
}
