package ua.zalik.testing.exchange;

import org.junit.jupiter.api.Test;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.QuestionFormat;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionFormatsTests {

    @Test
    void eachFormatReadsItsOwnFiles() {
        assertThat(QuestionFormats.read(QuestionFormat.GIFT, "Sky is blue {T}").getFirst().draft().text()).isEqualTo("Sky is blue");
        assertThat(QuestionFormats.read(QuestionFormat.AIKEN, "Sky?\nA) blue\nB) red\nANSWER: A").getFirst().draft().text())
                .isEqualTo("Sky?");
        assertThat(QuestionFormats.read(QuestionFormat.MOODLE_XML, "<quiz><question type=\"truefalse\"><questiontext><text>Sky</text>"
                + "</questiontext><answer fraction=\"100\"><text>true</text></answer></question></quiz>"))
                .hasSize(1);
    }

    @Test
    void exportedFilesReadBackThroughTheSameFormat() {
        List<ExportedQuestion> questions = ExchangeSamples.everyType();

        for (QuestionFormat format : List.of(QuestionFormat.GIFT, QuestionFormat.MOODLE_XML)) {
            assertThat(format.writable()).isTrue();
            assertThat(QuestionFormats.read(format, QuestionFormats.write(format, questions))).isNotEmpty();
        }
    }

    @Test
    void aikenIsImportOnly() {
        assertThat(QuestionFormat.AIKEN.writable()).isFalse();
        assertThatThrownBy(() -> QuestionFormats.write(QuestionFormat.AIKEN, ExchangeSamples.everyType()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("questions can be exported as GIFT or Moodle XML, not Aiken");
    }
}
