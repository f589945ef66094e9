package ua.zalik.testing.exchange;

import org.junit.jupiter.api.Test;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionBody.AcceptedAnswer;
import ua.zalik.testing.QuestionBody.Choice;
import ua.zalik.testing.QuestionBody.NumericAnswer;
import ua.zalik.testing.QuestionBody.Pair;
import ua.zalik.testing.QuestionDraft;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoodleXmlFormatTests {

    private static List<ImportedQuestion> sample() throws IOException {
        try (InputStream in = MoodleXmlFormatTests.class.getResourceAsStream("moodle-every-type.xml")) {
            return MoodleXmlFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void moodleXmlSampleImportsEveryType() throws IOException {
        List<ImportedQuestion> questions = sample();

        assertThat(questions).extracting(question -> question.draft().name()).containsExactly(
                "Grant's tomb", "Entombed", "Grant buried", "Two plus two", "Grant born", "Animals", "Rivers", "Biography");
        assertThat(questions).extracting(ImportedQuestion::category).containsExactly(
                List.of("Default for 7-A", "Geography"), List.of("Default for 7-A", "Geography"),
                List.of("Default for 7-A", "Geography"), List.of("Default for 7-A", "Geography"),
                List.of("History"), List.of("History"), List.of("History"), List.of("History"));
        assertThat(questions.getFirst().line()).isEqualTo(15);
    }

    @Test
    void moodleXmlSingleMultichoiceKeepsHtmlAsPlainTextGradeAndTags() throws IOException {
        QuestionDraft draft = sample().get(0).draft();

        assertThat(draft.text()).isEqualTo("Who's buried in Grant's tomb?");
        assertThat(draft.generalFeedback()).isEqualTo("Nobody is buried there.");
        assertThat(draft.points()).isEqualTo(new BigDecimal("2"));
        assertThat(draft.tags()).containsExactly("history", "usa");
        assertThat(draft.body()).isEqualTo(new QuestionBody.SingleChoice(Arrays.asList(
                new Choice("Grant", 0, "He lies in state."), new Choice("no one", 1, null), new Choice("Napoleon", 0, null))));
    }

    @Test
    void moodleXmlMultipleMultichoiceKeepsNegativeFractions() throws IOException {
        QuestionDraft draft = sample().get(1).draft();

        assertThat(draft.points()).isEqualTo(BigDecimal.ONE);
        assertThat(draft.generalFeedback()).isNull();
        assertThat(draft.body()).isEqualTo(new QuestionBody.MultipleChoice(Arrays.asList(
                new Choice("No one", -1, null), new Choice("Grant", 0.5, null),
                new Choice("Grant's wife", 0.5, null), new Choice("Grant's father", -0.3333333, null))));
    }

    @Test
    void moodleXmlTrueFalseShortAnswerAndNumericImport() throws IOException {
        List<ImportedQuestion> questions = sample();

        assertThat(questions.get(2).draft().body())
                .isEqualTo(new QuestionBody.TrueFalse(false, "No, nobody is buried there.", "Right."));
        assertThat(questions.get(3).draft().body()).isEqualTo(new QuestionBody.ShortAnswer(Arrays.asList(
                new AcceptedAnswer("four", 1, "Yes"), new AcceptedAnswer("4", 0.5, null)), true));
        assertThat(questions.get(4).draft().body()).isEqualTo(new QuestionBody.Numeric(Arrays.asList(
                new NumericAnswer(new BigDecimal("1822"), new BigDecimal("0"), 1, "Correct"),
                new NumericAnswer(new BigDecimal("1822"), new BigDecimal("2"), 0.5, null))));
    }

    @Test
    void moodleXmlMatchingOrderingAndEssayImport() throws IOException {
        List<ImportedQuestion> questions = sample();

        assertThat(questions.get(5).draft().body()).isEqualTo(new QuestionBody.Matching(
                Arrays.asList(new Pair("cat", "cat food"), new Pair("dog", "dog food")), Arrays.asList("bird seed")));
        assertThat(questions.get(6).draft().body())
                .isEqualTo(new QuestionBody.Ordering(Arrays.asList("Dnipro", "Dniester", "Southern Bug")));
        QuestionDraft essay = questions.get(7).draft();
        assertThat(essay.text()).isEqualTo("Write a short biography of Dag Hammarskjöld.\nUse <200> words or fewer.");
        assertThat(essay.points()).isEqualTo(new BigDecimal("10"));
        assertThat(essay.body()).isEqualTo(new QuestionBody.Essay("Look for the UN years."));
    }

    @Test
    void moodleXmlExportReadsBackToTheSameQuestions() {
        List<ExportedQuestion> exported = new java.util.ArrayList<>(ExchangeSamples.everyType());
        exported.add(new ExportedQuestion(new QuestionDraft("Graded essay", "Explain <why> & how ]]> ends CDATA",
                new QuestionBody.Essay("Look for: causes\nand effects"), null, new BigDecimal("2.5"), null), List.of()));
        exported.add(new ExportedQuestion(new QuestionDraft(null, "Case matters",
                new QuestionBody.ShortAnswer(Arrays.asList(new AcceptedAnswer("NaCl", 1, null)), true), null, null, null)));

        String xml = MoodleXmlFormat.write(exported);
        List<ImportedQuestion> imported = MoodleXmlFormat.read(xml);

        assertThat(imported).extracting(ImportedQuestion::draft)
                .containsExactlyElementsOf(exported.stream().map(ExportedQuestion::draft).toList());
        assertThat(imported).extracting(ImportedQuestion::category)
                .containsExactlyElementsOf(exported.stream().map(ExportedQuestion::category).toList());
    }

    @Test
    void moodleXmlMultichoiceWithoutSingleIsSingleAsInMoodle() {
        String xml = """
                \uFEFF<?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="multichoice">
                    <questiontext format="plain_text"><text>Pick 2 &lt; 3?</text></questiontext>
                    <answer fraction="100"><text>yes</text></answer>
                    <answer fraction="0"><text>no</text></answer>
                  </question>
                  <question type="multichoice">
                    <questiontext><text>Pick any</text></questiontext>
                    <single>0</single>
                    <answer fraction="100"><text>a</text></answer>
                    <answer fraction="0"><text>b</text></answer>
                  </question>
                </quiz>
                """;

        List<ImportedQuestion> questions = MoodleXmlFormat.read(xml);

        assertThat(questions.get(0).draft().text()).isEqualTo("Pick 2 < 3?");
        assertThat(questions.get(0).draft().body()).isInstanceOf(QuestionBody.SingleChoice.class);
        assertThat(questions.get(1).draft().body()).isInstanceOf(QuestionBody.MultipleChoice.class);
    }

    @Test
    void moodleXmlRefusesExternalEntities(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "top secret");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [ <!ENTITY xxe SYSTEM "%s"> ]>
                <quiz><question type="essay"><name><text>&xxe;</text></name>
                <questiontext><text>&xxe;</text></questiontext></question></quiz>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> MoodleXmlFormat.read(xxe))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 2: a DOCTYPE is not allowed")
                .hasMessageNotContaining("top secret");
    }

    @Test
    void moodleXmlRefusesEntityExpansion() {
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <quiz><question type="essay"><questiontext><text>&lol2;</text></questiontext></question></quiz>
                """;

        assertThatThrownBy(() -> MoodleXmlFormat.read(billionLaughs))
                .hasMessageContaining("a DOCTYPE is not allowed");
    }

    @Test
    void moodleXmlBrokenXmlNamesTheLine() {
        assertThatThrownBy(() -> MoodleXmlFormat.read("<quiz>\n<question type=\"essay\">\n<name><text>x</name>\n</quiz>"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3: the file is not well-formed XML");
        assertThatThrownBy(() -> MoodleXmlFormat.read("<questions/>"))
                .hasMessageContaining("line 1: the root element must be <quiz>, got <questions>");
    }

    @Test
    void moodleXmlErrorsNameEveryQuestionLine() {
        String xml = """
                <quiz>
                  <question type="calculated">
                    <questiontext><text>x</text></questiontext>
                  </question>
                  <question type="numerical">
                    <questiontext><text>Pi?</text></questiontext>
                    <answer fraction="100"><text>abc</text></answer>
                  </question>
                  <question type="multichoice">
                    <questiontext><text>No right option</text></questiontext>
                    <single>true</single>
                    <answer fraction="0"><text>a</text></answer>
                    <answer fraction="0"><text>b</text></answer>
                  </question>
                  <question type="shortanswer">
                    <questiontext><text>ok</text></questiontext>
                    <answer fraction="100"><text>fine</text></answer>
                  </question>
                </quiz>
                """;

        assertThatThrownBy(() -> MoodleXmlFormat.read(xml))
                .hasMessageContaining("3 problems")
                .hasMessageContaining("line 2: question type 'calculated' is not supported")
                .hasMessageContaining("line 7: a numeric answer needs a number, got 'abc'")
                .hasMessageContaining("line 9: a single-choice question needs one option worth 100%");
    }

    @Test
    void moodleXmlLargeFileImports() {
        StringBuilder xml = new StringBuilder("<quiz>\n");
        int count = 0;
        while (xml.length() < 2_000_000) {
            xml.append("<question type=\"multichoice\"><name><text>Q").append(count)
                    .append("</text></name><questiontext format=\"html\"><text><![CDATA[<p>What is ").append(count)
                    .append(" + 1?</p>]]></text></questiontext><single>true</single>")
                    .append("<answer fraction=\"100\"><text>").append(count + 1).append("</text></answer>")
                    .append("<answer fraction=\"0\"><text>").append(count).append("</text></answer></question>\n");
            count++;
        }
        xml.append("</quiz>\n");

        List<ImportedQuestion> questions = MoodleXmlFormat.read(xml.toString());

        assertThat(questions).hasSize(count);
        assertThat(questions.getLast().draft().text()).isEqualTo("What is " + (count - 1) + " + 1?");
    }
}
