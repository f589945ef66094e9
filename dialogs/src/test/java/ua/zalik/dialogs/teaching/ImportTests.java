package ua.zalik.dialogs.teaching;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.bot.fakeapi.FakeUser;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.kernel.PageRequest;
import ua.zalik.testing.Category;
import ua.zalik.testing.Question;
import ua.zalik.testing.QuestionBank;
import ua.zalik.testing.QuestionBody;
import ua.zalik.testing.QuestionType;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.UsersService;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Question files and quiz polls sent to the bot land in the teacher's bank; a bad file is refused naming its lines. */
class ImportTests extends ChatTestSupport {

    private static final String GIFT = """
            // a comment
            ::Capital:: The capital of Ukraine? {=Kyiv ~Lviv ~Odesa}

            ::Sun:: The sun is a star. {T}
            """;

    @Autowired Classroom classroom;
    @Autowired QuestionBank bank;
    @Autowired UsersService users;

    @Test
    void aGiftFileLandsInTheChosenCategory() {
        SchoolFixture.World w = classroom.school();
        long teacher = classroom.link(w.teacher());
        Category geography = classroom.category(w, "Geography");

        FakeMessage offer = send(teacher, "world.gift", GIFT);
        assertThat(offer.text()).contains("Імпорт питань із файлу world.gift", "Оберіть категорію:");
        press(teacher, offer, "Geography");

        assertThat(edited(teacher, offer.messageId(), 1).text()).isEqualTo("✅ Імпортовано питань: 2, до категорії «Geography».");
        List<Question> stored = bank.questions(w.actor(w.teacher()), geography.id(), null, PageRequest.first(10)).items();
        assertThat(stored).extracting(Question::type).containsExactlyInAnyOrder(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);
    }

    @Test
    void aBadGiftFileIsRefusedNamingTheLineAndNothingIsAdded() {
        SchoolFixture.World w = classroom.school();
        long teacher = classroom.link(w.teacher());
        Category geography = classroom.category(w, "Geography");

        FakeMessage offer = send(teacher, "broken.txt", GIFT + "\n::unclosed:: Open {=a ~b\n");
        press(teacher, offer, "Geography");

        String refused = edited(teacher, offer.messageId(), 1).text();
        assertThat(refused).startsWith("❌ Файл broken.txt не імпортовано")
                .contains("файл GIFT не імпортовано, проблем: 1\nрядок 6: відповіді, відкриті {, не закрито }")
                .doesNotContain("line 6");
        assertThat(bank.questions(w.actor(w.teacher()), geography.id(), null, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void anEnglishTeacherGetsTheSameLinesInEnglishWithTheFileTextEscaped() {
        SchoolFixture.World w = classroom.school();
        users.setLanguage(w.teacher().id(), "en");
        long teacher = classroom.link(w.teacher());
        Category geography = classroom.category(w, "Geography");

        FakeMessage offer = send(teacher, "broken.gift", GIFT + "\n::pairs:: Match {=a -> 1 =<b>x</b>}\n\n::pi:: Pi? {#3,14}\n");
        press(teacher, offer, "Geography");

        // the fake Bot API parses the HTML as Telegram does: the file's own <b> comes back as text, so it was escaped
        assertThat(edited(teacher, offer.messageId(), 1).text()).startsWith("❌ broken.gift was not imported;").contains("""
                the GIFT file was not imported: 2 problems
                line 6: a matching pair is written '=prompt -> answer', got '=<b>x</b>'
                line 8: a numeric answer needs a number, got '3,14' (write the decimal point as '.')""");
        assertThat(bank.questions(w.actor(w.teacher()), geography.id(), null, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void anAikenFileGoesIntoANewCategoryInEnglish() {
        SchoolFixture.World w = classroom.school();
        users.setLanguage(w.teacher().id(), "en");
        long teacher = classroom.link(w.teacher());

        FakeMessage offer = send(teacher, "aiken.txt", "Which is a prime?\nA. 4\nB. 7\nANSWER: B\n");
        assertThat(offer.text()).contains("Your bank has no categories yet.");
        press(teacher, offer, "➕ New category");
        assertThat(edited(teacher, offer.messageId(), 1).text()).startsWith("Type the new category’s name.");
        FakeMessage categories = reply(teacher, "Numbers");
        press(teacher, categories, "Numbers");

        assertThat(edited(teacher, categories.messageId(), 1).text()).isEqualTo("✅ Imported 1 questions into “Numbers”.");
        Category numbers = bank.categories(w.actor(w.teacher())).getFirst();
        assertThat(bank.questions(w.actor(w.teacher()), numbers.id(), null, PageRequest.first(10)).items())
                .singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("Which is a prime?"));
    }

    @Test
    void aQuizPollBecomesASingleChoiceQuestionAndOthersCannotImport() {
        SchoolFixture.World w = classroom.school();
        long teacher = classroom.link(w.teacher());
        long student = classroom.link(w.studentA());
        Category maths = classroom.category(w, "Maths");
        classroom.link(w.parent());

        int before = FAKE.messagesTo(teacher).size();
        FAKE.userSendsQuiz(teacher, FakeUser.of(teacher), "7 × 8 = <?>", List.of("54", "56", "58"), 1, "Times table");
        FakeMessage offer = FAKE.awaitMessages(teacher, before + 1, WAIT).get(before);
        assertThat(offer.text()).contains("Додати цю вікторину до банку питань?", "7 × 8 = <?>");
        press(teacher, offer, "Maths");

        assertThat(edited(teacher, offer.messageId(), 1).text()).isEqualTo("✅ Питання додано до категорії «Maths».");
        Question added = bank.questions(w.actor(w.teacher()), maths.id(), null, PageRequest.first(10)).items().getFirst();
        assertThat(added.text()).isEqualTo("7 × 8 = <?>");
        assertThat(press(teacher, offer, "Maths").text()).isEqualTo("Ця кнопка вже застаріла.");
        assertThat(bank.questions(w.actor(w.teacher()), maths.id(), null, PageRequest.first(10)).items()).hasSize(1);

        FAKE.userSendsQuiz(student, FakeUser.of(student), "2 + 2?", List.of("4", "5"), 0, null);
        assertThat(FAKE.awaitMessages(student, 1, WAIT).getFirst().text()).startsWith("Я не зрозумів.");
    }

    private static FakeMessage send(long chat, String fileName, String content) {
        int before = FAKE.messagesTo(chat).size();
        FAKE.userSendsDocument(chat, FakeUser.of(chat), fileName, "text/plain", content.getBytes(StandardCharsets.UTF_8), null);
        return FAKE.awaitMessages(chat, before + 1, WAIT).get(before);
    }
}
