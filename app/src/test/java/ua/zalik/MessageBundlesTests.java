package ua.zalik;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.ActiveProfiles;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's message areas all exist in both languages, and each resolves its own texts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "test"})
class MessageBundlesTests {

    @Autowired MessageSource messages;
    @Value("${spring.messages.basename}") String basenames;

    @Test
    void everyListedAreaHasAUkrainianAndAnEnglishFile() {
        Arrays.stream(basenames.split(",")).map(String::trim).forEach(area -> {
            assertThat(new ClassPathResource(area + ".properties").exists()).as(area).isTrue();
            assertThat(new ClassPathResource(area + "_en.properties").exists()).as(area + "_en").isTrue();
        });
    }

    @Test
    void textsOfEachAreaResolveInBothLanguages() {
        assertThat(messages.getMessage("command.help", null, Locale.ENGLISH)).isEqualTo("what I can do");
        assertThat(messages.getMessage("command.help", null, Locale.of("uk"))).isEqualTo("що я вмію");
        assertThat(messages.getMessage("command.assign", null, Locale.ENGLISH)).isEqualTo("give a test to classes");
        assertThat(messages.getMessage("command.tests", null, Locale.ENGLISH)).isEqualTo("my tests: take or continue");
        assertThat(messages.getMessage("command.tests", null, Locale.of("uk"))).isNotEqualTo("my tests: take or continue");
        assertThat(messages.getMessage("command.timer", null, Locale.ENGLISH)).isEqualTo("start a study timer");
        assertThat(messages.getMessage("command.timer", null, Locale.of("uk"))).isEqualTo("запустити таймер навчання");
        assertThat(messages.getMessage("problem.wrong-credentials", null, Locale.ENGLISH)).isEqualTo("wrong email or password");
        assertThat(messages.getMessage("problem.wrong-credentials", null, Locale.of("uk"))).isEqualTo("неправильна пошта або пароль");
        assertThat(messages.getMessage("import.gift.accepted-text", null, Locale.ENGLISH)).isEqualTo("an accepted answer needs text after =");
        assertThat(messages.getMessage("import.gift.accepted-text", null, Locale.of("uk"))).isEqualTo("після = потрібен текст прийнятної відповіді");
    }
}
