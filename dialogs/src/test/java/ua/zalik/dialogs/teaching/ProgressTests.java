package ua.zalik.dialogs.teaching;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.PlannedNotices;
import ua.zalik.notify.NotificationKind;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.Assignments;
import ua.zalik.testing.NewAssignment;
import ua.zalik.testing.TestSettings;
import ua.zalik.testing.TestView;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.users.Account;
import ua.zalik.users.NewAccount;
import ua.zalik.users.UsersService;
import ua.zalik.kernel.Role;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** /progress through the fake Telegram: counts, grades, fast answers and a nudge only to those who have not submitted. */
class ProgressTests extends ChatTestSupport {

    @Autowired Classroom classroom;
    @Autowired Assignments assignments;
    @Autowired SchoolService school;
    @Autowired UsersService users;
    @Autowired Clock clock;
    @Autowired PlannedNotices planned;

    @Test
    void progressShowsCountsAndNudgeRemindsOnlyThoseWhoHaveNotSubmittedOncePerHour() {
        SchoolFixture.World w = classroom.school();
        Account third = users.createAccount(w.actor(w.admin()), new NewAccount(0, "Student C " + w.school().id(), null, null,
                Set.of(Role.STUDENT), "en"));
        school.enrol(w.actor(w.admin()), w.classA().id(), w.studentB().id());
        school.enrol(w.actor(w.admin()), w.classA().id(), third.id());
        long teacher = classroom.link(w.teacher());
        long done = classroom.link(w.studentA());
        long waiting = classroom.link(w.studentB());
        long waitingInEnglish = classroom.link(third);
        TestView test = classroom.test(w, "Algebra", false, TestSettings.DEFAULT);
        Assignment assignment = assignments.assign(w.actor(w.teacher()), new NewAssignment(test.id(), w.classA().id(), null, null,
                clock.instant().plus(Duration.ofDays(1)), null));
        classroom.takes(w, w.studentA(), assignment.id(), null);
        FAKE.awaitMessages(waitingInEnglish, 1, WAIT);

        FakeMessage progress = reply(teacher, "/progress");
        assertThat(progress.text()).contains("Algebra — 7-A", "Здали: 1 з 3", "Середня оцінка: 12", "Оцінки: 12: 1",
                "Не здали: ", w.studentB().fullName(), third.fullName(),
                "⚡ " + w.studentA().fullName() + ": 1 з 1 відповідей швидше ніж за 3 с");
        assertThat(progress.text()).doesNotContain("Не здали: " + w.studentA().fullName());

        long hour = clock.instant().getEpochSecond() / 3600;
        press(teacher, progress, "🔔 Нагадати: Algebra 7-A");
        assertThat(edited(teacher, progress.messageId(), 1).text()).startsWith("Нагадування надіслано: 2 учн.");
        assertThat(FAKE.awaitMessages(waiting, 2, WAIT).get(1).text())
                .isEqualTo("Нагадування від учителя: ви ще не здали Algebra. Термін — " + due(assignment, w) + ".");
        assertThat(FAKE.awaitMessages(waitingInEnglish, 2, WAIT).get(1).text())
                .startsWith("A reminder from your teacher: you have not submitted Algebra yet.");

        press(teacher, message(teacher, progress.messageId()), "🔔 Нагадати: Algebra 7-A");
        FakeMessage again = edited(teacher, progress.messageId(), 2);
        assumeThat(clock.instant().getEpochSecond() / 3600).as("still the same hour").isEqualTo(hour);
        assertThat(again.text()).startsWith("Цим учням уже нагадали протягом цієї години.");
        await(() -> FAKE.messagesTo(done).size() >= 1);
        // the refused press's turn has committed: a second nudge would be planned by now
        assertThat(planned.count(w.studentB().id(), NotificationKind.NUDGE)).isEqualTo(1);
        assertThat(planned.count(third.id(), NotificationKind.NUDGE)).isEqualTo(1);
        assertThat(planned.count(w.studentA().id(), NotificationKind.NUDGE)).isZero();
        assertThat(FAKE.messagesTo(waiting)).hasSize(2);
        assertThat(FAKE.messagesTo(done)).extracting(FakeMessage::text).noneMatch(t -> t.startsWith("Нагадування"));
    }

    @Test
    void withNothingOpenTheTeacherIsToldSoInEnglish() {
        SchoolFixture.World w = classroom.school();
        users.setLanguage(w.teacher().id(), "en");
        long teacher = classroom.link(w.teacher());

        FakeMessage progress = reply(teacher, "/progress");
        assertThat(progress.text()).startsWith("There are no open assignments.");
        press(teacher, progress, "Close");
        assertThat(edited(teacher, progress.messageId(), 1).text()).startsWith("All right.");
    }

    private String due(Assignment assignment, SchoolFixture.World w) {
        return DueTimes.show(assignment.dueAt(), w.school().timezone());
    }
}
