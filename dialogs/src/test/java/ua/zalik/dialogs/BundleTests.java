package ua.zalik.dialogs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ukrainian and English texts of the dialogs, the teachers' and parents' chat, and quizzes. */
class BundleTests {

    private static final String[] AREAS = {"i18n/dialogs", "i18n/teaching", "i18n/quiz", "i18n/notes", "i18n/worktime"};

    @Test
    void ukrainianAndEnglishHaveTheSameKeys() throws IOException {
        for (String area : AREAS) {
            assertThat(load(area + "_en.properties").stringPropertyNames()).as(area)
                    .containsExactlyInAnyOrderElementsOf(load(area + ".properties").stringPropertyNames());
        }
    }

    @Test
    void quizTextsHaveTheSameKeysInBothLanguages() throws IOException {
        assertThat(load("i18n/quiz_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/quiz.properties").stringPropertyNames());
    }

    // MessageFormat eats a lone ' only when a text has arguments: the typographic ’ behaves the same everywhere
    @Test
    void noTextUsesAnAsciiApostrophe() throws IOException {
        for (String file : java.util.Arrays.stream(AREAS).flatMap(a -> java.util.stream.Stream.of(a + ".properties", a + "_en.properties"))
                .toList()) {
            Properties texts = load(file);
            assertThat(texts.stringPropertyNames()).as(file).allSatisfy(key ->
                    assertThat(texts.getProperty(key)).as(key).doesNotContain("'"));
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (var in = BundleTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
