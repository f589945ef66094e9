package ua.zalik.testing.exchange;

import org.junit.jupiter.api.Test;
import ua.zalik.kernel.InvalidInputException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionFormatTests {

    @Test
    void eachFormatReadsItsOwnFiles() {
        assertThat(QuestionFormat.GIFT.read("Sky is blue {T}").getFirst().draft().text()).isEqualTo("Sky is blue");
        assertThat(QuestionFormat.AIKEN.read("Sky?\nA) blue\nB) red\nANSWER: A").getFirst().draft().text())
                .isEqualTo("Sky?");
        assertThat(QuestionFormat.MOODLE_XML.read("<quiz><question type=\"truefalse\"><questiontext><text>Sky</text>"
                + "</questiontext><answer fraction=\"100\"><text>true</text></answer></question></quiz>"))
                .hasSize(1);
    }

    @Test
    void exportedFilesReadBackThroughTheSameFormat() {
        List<ExportedQuestion> questions = ExchangeSamples.everyType();

        for (QuestionFormat format : List.of(QuestionFormat.GIFT, QuestionFormat.MOODLE_XML)) {
            assertThat(format.writable()).isTrue();
            assertThat(format.read(format.write(questions))).isNotEmpty();
        }
    }

    @Test
    void aikenIsImportOnly() {
        assertThat(QuestionFormat.AIKEN.writable()).isFalse();
        assertThatThrownBy(() -> QuestionFormat.AIKEN.write(ExchangeSamples.everyType()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("questions can be exported as GIFT or Moodle XML, not Aiken");
    }
}
