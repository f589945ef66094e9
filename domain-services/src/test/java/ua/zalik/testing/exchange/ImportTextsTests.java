package ua.zalik.testing.exchange;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.testing.ImportFailure;
import ua.zalik.testing.ImportProblem;
import ua.zalik.testing.QuestionFileRejected;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Import problems are keys of i18n/imports, said in Ukrainian (the base file) and English alike. */
class ImportTextsTests {

    private static final Locale UKRAINIAN = Locale.of("uk");

    @Test
    void bothLanguagesHaveTheSameKeysWithTheSameArguments() throws IOException {
        Properties ukrainian = load("i18n/imports.properties");
        Properties english = load("i18n/imports_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ukrainian.stringPropertyNames());
        for (String key : ukrainian.stringPropertyNames()) {
            assertThat(arguments(english.getProperty(key))).as(key).isEqualTo(arguments(ukrainian.getProperty(key)));
        }
    }

    // Spring formats a text only when it has arguments: a text without any must hold nothing MessageFormat would change
    @Test
    void quotesAndBracesAreSafeWithAndWithoutArguments() throws IOException {
        for (String file : Set.of("i18n/imports.properties", "i18n/imports_en.properties")) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (new MessageFormat(text).getFormatsByArgumentIndex().length == 0) {
                    assertThat(text).as(file + " " + key).doesNotContain("'", "{", "}");
                } else {
                    assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                }
            }
            if (file.equals("i18n/imports.properties")) {
                assertThat(texts.values()).as("Ukrainian quotes with « » and ’").noneMatch(text -> text.toString().contains("'"));
            }
        }
    }

    @Test
    void everyKeyTheReadersUseIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<>(DraftProblems.keys());
        Pattern key = Pattern.compile("\"(import\\.[a-z0-9.-]*[a-z0-9])\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/ua/zalik/testing"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = key.matcher(Files.readString(source));
                while (found.find()) {
                    used.add(found.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(load("i18n/imports.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void aBadGiftFileIsRefusedWithKeysTheReaderSeesInTheirLanguage() {
        QuestionFileRejected refused = catchThrowableOfType(QuestionFileRejected.class,
                () -> GiftFormat.read("::ok:: Fine {T}\n\n::bad:: Open {=a ~b\n\n::n:: Pi {#3,14}\n"));

        ImportFailure failure = refused.failure();
        assertThat(failure.problems()).containsExactly(
                ImportProblem.of(3, "import.gift.answers-open", "{", "}"),
                ImportProblem.of(5, "import.numeric-comma", "3,14"));
        assertThat(refused).hasMessage("""
                the GIFT file was not imported: 2 problems
                line 3: the answers opened with { are not closed with }
                line 5: a numeric answer needs a number, got '3,14' (write the decimal point as '.')""");
        assertThat(failure.text(texts(), UKRAINIAN)).isEqualTo("""
                файл GIFT не імпортовано, проблем: 2
                рядок 3: відповіді, відкриті {, не закрито }
                рядок 5: числовій відповіді потрібне число, а тут «3,14» (десяткову частину відокремлюйте крапкою «.»)""");
    }

    @Test
    void aLongFileNamesItsFirstTwentyProblemsAndCountsAll() {
        String gift = String.join("\n\n", java.util.Collections.nCopies(1500, "Bad {=a ~b"));

        ImportFailure failure = catchThrowableOfType(QuestionFileRejected.class, () -> GiftFormat.read(gift)).failure();

        assertThat(failure.problems()).hasSize(20);
        assertThat(failure.headline(texts(), Locale.ENGLISH)).isEqualTo("the GIFT file was not imported: 1500 problems (the first 20 shown)");
        assertThat(failure.headline(texts(), UKRAINIAN)).isEqualTo("файл GIFT не імпортовано, проблем: 1500 (показано перші 20)");
        assertThat(failure.problems().getLast().lineText(texts(), UKRAINIAN)).startsWith("рядок 39: ");
    }

    @Test
    void emptyFilesAndRefusedQuestionsAreKeysToo() {
        assertThatThrownBy(() -> AikenFormat.read("\n\n")).isInstanceOfSatisfying(QuestionFileRejected.class, refused ->
                assertThat(refused.failure().headline(texts(), UKRAINIAN)).isEqualTo("у файлі Aiken немає питань"));
        // the question's own check (a multiple choice without a right option) becomes a key as well
        ImportFailure failure = catchThrowableOfType(QuestionFileRejected.class, () -> GiftFormat.read("Q {~a ~b}")).failure();
        assertThat(failure.problems()).containsExactly(ImportProblem.of(1, "import.draft.multiple-credit"));
        assertThat(failure.problems().getFirst().text(texts(), UKRAINIAN))
                .isEqualTo("питанню з кількома правильними відповідями потрібен варіант, що дає бали");
    }

    @Test
    void theQuestionChecksSentencesBecomeKeys() {
        assertThat(DraftProblems.at(4, new InvalidInputException("question name must be at most 200 characters")))
                .isEqualTo(ImportProblem.of(4, "import.too-long.question-name", 200));
        assertThat(DraftProblems.at(4, new InvalidInputException("a matching prompt needs text")))
                .isEqualTo(ImportProblem.of(4, "import.needs-text.matching-prompt"));
        assertThat(DraftProblems.at(4, new InvalidInputException("something new")))
                .isEqualTo(ImportProblem.of(4, "import.other", "something new"));
        assertThat(ImportProblem.of(4, "import.too-long.question-text", 20000).text(texts(), Locale.ENGLISH))
                .isEqualTo("question text must be at most 20000 characters");
    }

    private static ResourceBundleMessageSource texts() {
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasename("i18n/imports");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        return texts;
    }

    /** The argument indexes and their kinds of a text (a choice is a number too: English says "1 problem"). */
    private static String arguments(String text) {
        return Arrays.stream(new MessageFormat(text, Locale.ROOT).getFormatsByArgumentIndex())
                .map(format -> format == null ? "text" : format instanceof java.text.NumberFormat ? "number" : format.getClass().getSimpleName())
                .toList().toString();
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (var in = ImportTextsTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
