package ua.zalik.dialogs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ukrainian and English texts of the dialogs and of quizzes. */
class BundleTests {

    @Test
    void ukrainianAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/dialogs_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/dialogs.properties").stringPropertyNames());
    }

    @Test
    void quizTextsHaveTheSameKeysInBothLanguages() throws IOException {
        assertThat(load("i18n/quiz_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("i18n/quiz.properties").stringPropertyNames());
    }

    // MessageFormat eats a lone ' only when a text has arguments: the typographic ’ behaves the same everywhere
    @Test
    void noTextUsesAnAsciiApostrophe() throws IOException {
        for (String file : new String[] {"i18n/dialogs.properties", "i18n/dialogs_en.properties",
                "i18n/quiz.properties", "i18n/quiz_en.properties"}) {
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
