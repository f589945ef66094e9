package ua.zalik.testing.exchange;

import org.junit.jupiter.api.Test;
import ua.zalik.kernel.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Whatever a teacher uploads, an import either succeeds or fails with a 400 (InvalidInputException), never a 500. */
class ImportRobustnessTests {

    private static final List<String> GIFT_TOKENS = List.of("{", "}", "~", "=", "#", "####", "->", "%50%", "%-100%", "%",
            "::", ":", "..", "\\", "\\n", "\n", "\n\n", "T", "FALSE", "a", "Київ", "1", "-", "1.5", "1e9", "[html]", "<b>",
            "&amp;", "$CATEGORY: top/x", "// [tag:x]", " ", "_", "\r\n", "<!--", "&#", "*");
    private static final List<String> AIKEN_TOKENS = List.of("A) ", "B. ", "C)", "ANSWER: ", "Answer:", "A", "B", "Z",
            "\n", "\n\n", "What?", " ", "Б) ", "\r");

    @Test
    void randomGiftNeverBreaksTheReader() {
        fuzz(GIFT_TOKENS, GiftFormat::read);
    }

    @Test
    void randomAikenNeverBreaksTheReader() {
        fuzz(AIKEN_TOKENS, AikenFormat::read);
    }

    @Test
    void mangledMoodleXmlNeverBreaksTheReader() throws IOException {
        String sample;
        try (InputStream in = getClass().getResourceAsStream("moodle-every-type.xml")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> inserts = List.of("<text>", "</text>", "x", "-5", "1e999999999", "*", "<answer fraction=\"abc\">",
                "</answer>", "<question type=\"numerical\">", "</question>", "<![CDATA[<p>", "]]>", "&amp;", "&bogus;",
                "<single>", "</single>", "\"");
        Random random = new Random(7);
        for (int run = 0; run < 400; run++) {
            StringBuilder xml = new StringBuilder(sample);
            for (int edit = 0; edit < 1 + random.nextInt(4); edit++) {
                int at = random.nextInt(xml.length());
                if (random.nextBoolean()) {
                    xml.delete(at, Math.min(xml.length(), at + random.nextInt(40)));
                } else {
                    xml.insert(at, inserts.get(random.nextInt(inserts.size())));
                }
            }
            readOrRefuse(xml.toString(), MoodleXmlFormat::read);
        }
    }

    @Test
    void hostileHtmlIsReducedInOnePass() {
        String hostile = "<!--".repeat(50_000) + "<a".repeat(50_000) + "&".repeat(50_000) + " \t".repeat(50_000)
                + "<script>".repeat(50_000);

        String text = PlainText.fromHtml("<p>ok</p>" + hostile);

        assertThat(text).isEqualTo("ok");
        assertThat(PlainText.fromHtml("a <b and c > d &lt;tag&gt; &#x41;&#66;&copy;")).isEqualTo("a d <tag> AB&copy;");
        assertThat(PlainText.fromHtml("2 < 3 &")).isEqualTo("2 < 3 &");
    }

    @Test
    void hugeExponentsAreRefusedNotComputed() {
        assertThat(Refusal.message(() -> GiftFormat.read("Big {#1e999999999..1e-999999999}")))
                .contains("line 1: a numeric answer needs a number, got '1e999999999'");
        assertThat(Refusal.message(() -> MoodleXmlFormat.read(
                "<quiz><question type=\"essay\"><questiontext><text>x</text></questiontext>"
                        + "<defaultgrade>1e999999999</defaultgrade></question></quiz>")))
                .contains("line 1: defaultgrade needs a number, got '1e999999999'");
    }

    @Test
    void giftExportThenImportKeepsRandomQuestions() {
        RandomQuestions questions = new RandomQuestions(11);
        for (int run = 0; run < 200; run++) {
            List<ExportedQuestion> exported = List.of(questions.next(false), questions.next(false), questions.next(false));
            String gift = GiftFormat.write(exported);

            assertThat(GiftFormat.read(gift)).as(gift)
                    .extracting(ImportedQuestion::draft, ImportedQuestion::category)
                    .containsExactlyElementsOf(exported.stream()
                            .map(question -> org.assertj.core.groups.Tuple.tuple(question.draft(), question.category())).toList());
        }
    }

    @Test
    void moodleXmlExportThenImportKeepsRandomQuestions() {
        RandomQuestions questions = new RandomQuestions(12);
        for (int run = 0; run < 200; run++) {
            List<ExportedQuestion> exported = List.of(questions.next(true), questions.next(true), questions.next(true));
            String xml = MoodleXmlFormat.write(exported);

            assertThat(MoodleXmlFormat.read(xml)).as(xml)
                    .extracting(ImportedQuestion::draft, ImportedQuestion::category)
                    .containsExactlyElementsOf(exported.stream()
                            .map(question -> org.assertj.core.groups.Tuple.tuple(question.draft(), question.category())).toList());
        }
    }

    private static void fuzz(List<String> tokens, Function<String, List<ImportedQuestion>> reader) {
        Random random = new Random(42);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(tokens.get(random.nextInt(tokens.size())));
            }
            readOrRefuse(text.toString(), reader);
        }
    }

    private static void readOrRefuse(String text, Function<String, List<ImportedQuestion>> reader) {
        try {
            assertThat(reader.apply(text)).isNotEmpty();
        } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        } catch (RuntimeException broken) {
            fail("reading " + text.replace("\n", "⏎") + " threw " + broken, broken);
        }
    }

    private static final class Refusal {

        static String message(Runnable read) {
            try {
                read.run();
            } catch (InvalidInputException refused) {
                return refused.getMessage();
            }
            return "";
        }
    }
}
