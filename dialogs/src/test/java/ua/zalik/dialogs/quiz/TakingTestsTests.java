package ua.zalik.dialogs.quiz;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.bot.fakeapi.FakeCall;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.testing.Navigation;
import ua.zalik.testing.TestSettings;
import ua.zalik.users.Account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Students take a test with every question type through the fake Telegram, and the stored result is exactly right. */
class TakingTestsTests extends ChatTestSupport {

    private static final Pattern CALLBACK_DATA = Pattern.compile("callback_data\\W+(\\w*)");

    @Autowired QuizWorld worlds;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aStudentTakesATestWithEveryTypeAndGetsExactlyTheRightResult() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "uk");

        FakeMessage list = reply(chat, "/tests");
        assertThat(list.text()).contains("Ваші тести", s.test().title(), "спроб лишилось: 1");
        FakeMessage q = Student.press(chat, list, "▶ " + s.test().title());
        assertThat(q.text()).startsWith("1/8 ▓░░░░░░░░░").contains("Capital of <Ukraine> & co?");
        assertThat(q.html()).contains("Capital of &lt;Ukraine&gt; &amp; co?");
        assertThat(q.protectContent()).isTrue();

        // free navigation: skip, back, and an early finish that lists what is unanswered
        q = Student.press(chat, q, "Пропустити ▶");
        assertThat(q.text()).startsWith("2/8");
        q = Student.press(chat, q, "◀ Назад");
        assertThat(q.text()).startsWith("1/8");
        FakeMessage early = Student.press(chat, q, "🏁 Завершити");
        assertThat(early.text()).contains("Здати тест?", "Відповідей: 0 з 8", "Без відповіді: 1, 2, 3, 4, 5, 6, 7, 8.");
        q = Student.press(chat, early, "◀ До питань");
        assertThat(q.text()).startsWith("1/8");
        String oldKyiv = q.callbackOf("Kyiv");

        FakeMessage confirm = Student.answerAllRight(chat, q, "uk");
        // the first question's button, pressed once more after the test moved on, changes nothing
        String stale = FAKE.userPresses(chat, q.messageId(), oldKyiv);
        await(() -> FAKE.callbackAnswers().stream().anyMatch(a -> a.callbackQueryId().equals(stale)));
        assertThat(FAKE.callbackAnswers().stream().filter(a -> a.callbackQueryId().equals(stale)).findFirst().orElseThrow()
                .text()).isEqualTo("Ця кнопка вже застаріла.");

        assertThat(confirm.text()).contains("Здати тест?", "Відповідей: 8 з 8").doesNotContain("Без відповіді");
        Student.assertNothingRevealed(chat);
        assertThat(FAKE.messagesTo(chat)).allMatch(FakeMessage::protectContent);
        FakeMessage result = Student.press(chat, confirm, "✅ Здати");

        assertThat(result.text()).contains("Тест здано.", "Бали: 7 з 8", "Правильно: Kyiv", QuizWorld.FEEDBACK,
                "Розгорнуті відповіді ще перевіряє вчитель");
        long attempt = attemptOf(s.w().studentA());
        assertThat(jdbc.queryForMap("select state, points from testing.attempt where id = ?", attempt))
                .containsEntry("state", "SUBMITTED").hasEntrySatisfying("points",
                        p -> assertThat((java.math.BigDecimal) p).isEqualByComparingTo("7"));
        List<Map<String, Object>> answers = jdbc.queryForList(
                "select slot, fraction, response::text as response from testing.answer where attempt_id = ? order by slot", attempt);
        assertThat(answers).hasSize(8);
        assertThat(answers.subList(0, 7)).allSatisfy(a -> assertThat(a.get("fraction")).isEqualTo(1.0));
        assertThat(answers.get(7).get("fraction")).isNull();
        assertThat((String) answers.get(7).get("response")).contains(Student.ESSAY);
        assertThat((String) answers.get(3).get("response")).contains("dnipro");
    }

    @Test
    void thirtyStudentsTakeTheTestAtOnceInUkrainianAndEnglish() throws Exception {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 30);
        List<Account> students = s.w().users().accountsByIds(jdbc.queryForList(
                "select student_id from testing.assignment_student where assignment_id = ?", Long.class, s.assignment().id()));
        assertThat(students).hasSizeGreaterThanOrEqualTo(30);
        List<Future<?>> runs = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < students.size(); i++) {
                Account student = students.get(i);
                String language = i % 2 == 0 ? "uk" : "en";
                long chat = worlds.link(student.id(), newChat(), language);
                runs.add(threads.submit(() -> {
                    FakeMessage list = Student.reply(chat, "/tests");
                    FakeMessage first = Student.press(chat, list, "▶ " + s.test().title());
                    FakeMessage confirm = Student.answerAllRight(chat, first, language);
                    FakeMessage result = Student.press(chat, confirm, "uk".equals(language) ? "✅ Здати" : "✅ Submit");
                    assertThat(result.text()).contains("uk".equals(language) ? "Бали: 7 з 8" : "Points: 7 of 8");
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }
        List<Map<String, Object>> stored = jdbc.queryForList("""
                select a.state, a.points, count(*) filter (where n.fraction = 1.0) as right_answers
                  from testing.attempt a join testing.answer n on n.attempt_id = a.id
                 where a.assignment_id = ? group by a.id""", s.assignment().id());
        assertThat(stored).hasSize(students.size()).allSatisfy(row -> {
            assertThat(row.get("state")).isEqualTo("SUBMITTED");
            assertThat((java.math.BigDecimal) row.get("points")).isEqualByComparingTo("7");
            assertThat(row.get("right_answers")).isEqualTo(7L);
        });
    }

    @Test
    void aSequentialTestGoesQuestionByQuestionWithoutBackOrSkip() {
        TestSettings free = QuizWorld.settings(null);
        QuizWorld.Setup s = worlds.create(new TestSettings(free.timeLimitMinutes(), free.attemptsAllowed(), free.gradingMethod(),
                free.shuffleQuestions(), free.shuffleOptions(), free.passPercent(), free.review(), Navigation.SEQUENTIAL), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "en");

        FakeMessage q = Student.press(chat, reply(chat, "/tests"), "▶ " + s.test().title());
        assertThat(q.text()).startsWith("1/8");
        assertThat(q.buttonTexts().stream().flatMap(List::stream)).contains("🏁 Finish").doesNotContain("Skip ▶", "◀ Back");
        q = Student.press(chat, q, "Kyiv");
        assertThat(q.text()).startsWith("2/8");
        assertThat(q.buttonTexts().stream().flatMap(List::stream)).doesNotContain("Skip ▶", "◀ Back");

        // finishing early lists what is left; going back to the questions lands on the next one, not the first
        FakeMessage early = Student.press(chat, q, "🏁 Finish");
        assertThat(early.text()).contains("Answered: 1 of 8");
        q = Student.press(chat, early, "◀ Back to the questions");
        assertThat(q.text()).startsWith("2/8");
        assertThat(jdbc.queryForObject("select count(*) from testing.answer a join testing.attempt t on t.id = a.attempt_id"
                + " where t.student_id = ? and a.response is not null", Integer.class, s.w().studentA().id())).isEqualTo(1);
    }

    @Test
    void aQuestionWithAnImageComesAsAPhotoFirstAndOnlyOncePerVisit() {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        QuizWorld.Setup s = worlds.createWithImage(image);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "en");

        FakeMessage list = reply(chat, "/tests");
        int before = FAKE.messagesTo(chat).size();
        press(chat, list, "▶ " + s.test().title());
        List<FakeMessage> sent = FAKE.awaitMessages(chat, before + 2, WAIT);
        assertThat(sent.get(before).kind()).isEqualTo(FakeMessage.Kind.PHOTO);
        assertThat(sent.get(before).protectContent()).as("the question's picture is protected like its text").isTrue();
        assertThat(FAKE.fileContent(sent.get(before).fileId())).isEqualTo(image);
        assertThat(sent.get(before).fileName()).as("named after what it is, a PNG").isEqualTo("question.png");
        FakeMessage q = sent.get(before + 1);
        assertThat(q.text()).startsWith("1/1 ▓▓▓▓▓▓▓▓▓▓").contains("Is this a triangle?");
        assertThat(q.protectContent()).isTrue();

        FakeMessage confirm = Student.press(chat, q, "True");
        assertThat(confirm.text()).contains("Submit the test?", "Answered: 1 of 1");
        FakeMessage again = Student.press(chat, confirm, "◀ Back to the questions");
        assertThat(again.text()).startsWith("1/1");
        assertThat(FAKE.messagesTo(chat)).filteredOn(m -> m.kind() == FakeMessage.Kind.PHOTO).hasSize(1);
        Student.press(chat, again, "🏁 Finish");
        assertThat(Student.press(chat, edited(chat, q.messageId(), 3), "✅ Submit").text())
                .contains("Points: 1 of 1", "Right answer: True");
    }

    private long attemptOf(Account student) {
        return jdbc.queryForObject("select id from testing.attempt where student_id = ? order by id desc limit 1", Long.class,
                student.id());
    }

    /** A student in chat, answering every question right by the labels they see. */
    static final class Student {

        static final String ESSAY = "Essay: a thesis and two arguments.";

        private Student() {
        }

        /** Thirty chats at once on a shared two-core machine: a turn may wait longer than one chat's would. */
        private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(90);

        /** Presses, waits for the press to be answered and for the message to change. */
        static FakeMessage press(long chat, FakeMessage message, String label) {
            int edits = message.edits();
            String queryId = FAKE.userPresses(chat, message.messageId(), message.callbackOf(label));
            patiently(() -> FAKE.callbackAnswers().stream().anyMatch(a -> a.callbackQueryId().equals(queryId)));
            patiently(() -> message(chat, message.messageId()).edits() > edits);
            return message(chat, message.messageId());
        }

        /** Sends a text and returns the first message after it. */
        static FakeMessage reply(long chat, String text) {
            int before = FAKE.messagesTo(chat).size();
            FAKE.userSends(chat, text);
            return FAKE.awaitMessages(chat, before + 1, PATIENCE).get(before);
        }

        private static void patiently(java.util.function.BooleanSupplier condition) {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("condition not met within " + PATIENCE);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }

        static FakeMessage answerAllRight(long chat, FakeMessage first, String language) {
            return answerAll(chat, first, language, false);
        }

        /** Every question right, except the single-choice and true/false ones when {@code missTwo}. */
        static FakeMessage answerAll(long chat, FakeMessage first, String language, boolean missTwo) {
            boolean uk = "uk".equals(language);
            FakeMessage q = press(chat, first, missTwo ? "Lviv" : "Kyiv");
            assertThat(q.text()).startsWith("2/8 ▓▓░░░░░░░░");
            q = press(chat, q, "☐ 2");
            q = press(chat, q, "☐ 3");
            assertThat(q.buttonTexts().stream().flatMap(List::stream)).contains("☑ 2", "☑ 3", "☐ 4");
            q = press(chat, q, uk ? "Готово" : "Done");
            assertThat(q.text()).startsWith("3/8 ▓▓▓░░░░░░░");
            q = press(chat, q, uk ? (missTwo ? "Неправда" : "Правда") : (missTwo ? "False" : "True"));
            assertThat(q.text()).startsWith("4/8").contains(uk ? "Надішліть відповідь повідомленням" : "Send your answer");
            q = reply(chat, "dnipro");
            assertThat(q.text()).startsWith("5/8");
            q = reply(chat, "3,14");
            assertThat(q.text()).startsWith("6/8").contains(uk ? "Що відповідає «Ukraine»?" : "What matches “Ukraine”?");
            q = press(chat, q, "Kyiv");
            q = press(chat, q, "Warsaw");
            q = press(chat, q, "Prague");
            assertThat(q.text()).startsWith("7/8");
            for (String item : List.of("one", "two", "three", "four")) {
                q = press(chat, q, item);
            }
            assertThat(q.text()).startsWith("8/8 ▓▓▓▓▓▓▓▓▓▓");
            return reply(chat, ESSAY);
        }

        /** Every button a student got carries an opaque token, and no text so far tells right from wrong. */
        static void assertNothingRevealed(long chat) {
            List<FakeCall> calls = FAKE.calls().stream().filter(c -> Long.valueOf(chat).equals(c.chatId())).toList();
            assertThat(calls).isNotEmpty();
            for (FakeCall call : calls) {
                String params = String.valueOf(call.params());
                Matcher data = CALLBACK_DATA.matcher(params);
                while (data.find()) {
                    // an opaque token, or a notification's command button ("/tests"): neither says what is right
                    assertThat(data.group(1)).as(call.method()).matches("[0-9A-Za-z]{10}|/[a-z_]+");
                }
                assertThat(params).doesNotContain(QuizWorld.FEEDBACK, "fraction", "general ", "Правильно", "Right answer");
            }
        }
    }
}
