package ua.zalik.dialogs.teaching;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.kernel.PageRequest;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.TestSettings;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.UsersService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** /assign through the fake Telegram: a teacher gives a test to a class; its students hear of it. */
class AssignTests extends ChatTestSupport {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Autowired Classroom classroom;
    @Autowired Assignments assignments;
    @Autowired UsersService users;
    @Autowired Clock clock;

    @Test
    void aTeacherAssignsATestWithATypedDueTimeAndTheStudentsAreNotified() {
        SchoolFixture.World w = classroom.school();
        long teacher = classroom.link(w.teacher());
        long student = classroom.link(w.studentA());
        classroom.test(w, "Fractions <1>", false, TestSettings.DEFAULT);

        FakeMessage window = reply(teacher, "/assign");
        assertThat(window.text()).startsWith("Призначення тесту.");
        press(teacher, window, "Fractions <1>");
        FakeMessage classes = edited(teacher, window.messageId(), 1);
        assertThat(classes.text()).contains("Fractions <1>");
        assertThat(classes.buttonTexts().stream().flatMap(List::stream)).contains("▫️ 7-A").doesNotContain("▫️ 8-B");
        press(teacher, classes, "Далі »");
        assertThat(edited(teacher, window.messageId(), 2).text()).contains("Позначте принаймні один клас");
        press(teacher, message(teacher, window.messageId()), "▫️ 7-A");
        FakeMessage toggled = edited(teacher, window.messageId(), 3);
        assertThat(toggled.buttonTexts().stream().flatMap(List::stream)).contains("✅ 7-A");
        press(teacher, toggled, "Далі »");
        assertThat(edited(teacher, window.messageId(), 4).text()).contains("До коли здати?", "Europe/Kyiv");

        assertThat(reply(teacher, "01.02.2020 10:00").text()).contains("01.02.2020 10:00 уже минуло");
        assertThat(reply(teacher, "someday").text()).contains("Не вдалося прочитати дату");
        LocalDate day = LocalDate.ofInstant(clock.instant(), KYIV).plusDays(10);
        Instant due = ZonedDateTime.of(day, LocalTime.of(18, 30), KYIV).toInstant();
        FakeMessage limits = reply(teacher, day.format(DateTimeFormatter.ofPattern("dd.MM")) + " 18:30");
        assertThat(limits.text()).startsWith("Обмеження часу");
        press(teacher, limits, "20 хв");
        press(teacher, edited(teacher, limits.messageId(), 1), "Далі »");
        FakeMessage confirm = edited(teacher, limits.messageId(), 2);
        assertThat(confirm.text()).contains("Класи: 7-A", "Здати до: " + day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + " 18:30 (Europe/Kyiv)", "Обмеження часу: 20 хв");
        press(teacher, confirm, "✅ Призначити");

        assertThat(edited(teacher, limits.messageId(), 3).text()).contains("призначено (1 учн.)");
        Assignment made = assignments.assignments(w.actor(w.teacher()), PageRequest.first(10)).items().getFirst();
        assertThat(made.dueAt()).isEqualTo(due);
        assertThat(made.classId()).isEqualTo(w.classA().id());
        assertThat(assignments.overrides(w.actor(w.teacher()), made.id())).singleElement()
                .satisfies(o -> assertThat(o.timeLimitMinutes()).isEqualTo(20));
        FakeMessage notice = FAKE.awaitMessages(student, 1, WAIT).getFirst();
        assertThat(notice.text()).isEqualTo("Нове завдання: Fractions <1>. Здати до "
                + day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 18:30.");
        assertThat(notice.buttonTexts()).containsExactly(List.of("Мої тести"));
    }

    @Test
    void quickChoicesSpeakEnglishAndAnOldButtonAssignsNothingTwice() {
        SchoolFixture.World w = classroom.school();
        users.setLanguage(w.teacher().id(), "en");
        long teacher = classroom.link(w.teacher());
        classroom.test(w, "Verbs", false, TestSettings.DEFAULT);

        FakeMessage window = reply(teacher, "/assign");
        assertThat(window.text()).startsWith("Assign a test.");
        press(teacher, window, "Verbs");
        press(teacher, edited(teacher, window.messageId(), 1), "▫️ 7-A");
        press(teacher, edited(teacher, window.messageId(), 2), "Next »");
        FakeMessage due = edited(teacher, window.messageId(), 3);
        String tomorrow = due.buttonTexts().getFirst().getFirst();
        assertThat(tomorrow).startsWith("Tomorrow, ").endsWith(" 18:00");
        press(teacher, due, tomorrow);
        press(teacher, edited(teacher, window.messageId(), 4), "Next »");
        FakeMessage confirm = edited(teacher, window.messageId(), 5);
        assertThat(confirm.text()).contains("Time limit: as in the test", "Attempts: as in the test");
        press(teacher, confirm, "✅ Assign");
        assertThat(edited(teacher, window.messageId(), 6).text()).contains("is assigned (1 students)");

        assertThat(press(teacher, confirm, "✅ Assign").text()).isEqualTo("This button is out of date.");
        assertThat(assignments.assignments(w.actor(w.teacher()), PageRequest.first(10)).items()).hasSize(1)
                .allSatisfy(a -> assertThat(a.dueAt()).isEqualTo(ZonedDateTime.of(LocalDate.ofInstant(clock.instant(), KYIV).plusDays(1),
                        LocalTime.of(18, 0), KYIV).toInstant()));
    }

    @Test
    void studentsAndParentsCannotUseTeacherCommands() {
        SchoolFixture.World w = classroom.school();
        long student = classroom.link(w.studentA());
        long parent = classroom.link(w.parent());
        for (String command : List.of("/assign", "/grade", "/progress")) {
            assertThat(reply(student, command).text()).as(command).startsWith("Ця команда не для вашої ролі");
            assertThat(reply(parent, command).text()).as(command).startsWith("Ця команда не для вашої ролі");
        }
    }
}
