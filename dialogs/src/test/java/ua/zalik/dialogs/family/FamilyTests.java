package ua.zalik.dialogs.family;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.PlannedNotices;
import ua.zalik.notify.NotificationKind;
import ua.zalik.dialogs.QuizFixture;
import ua.zalik.notify.NotifyService;
import ua.zalik.testing.Assignment;
import ua.zalik.testing.ReviewPolicy;
import ua.zalik.testing.TestView;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;
import ua.zalik.users.Account;
import ua.zalik.users.TelegramIdentity;
import ua.zalik.users.UsersService;
import ua.zalik.worktime.ManualEntry;
import ua.zalik.worktime.WorktimeService;

import java.time.Duration;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The parent's side of chat: the weekly digest at their hour, acknowledging it, and asking the teacher. */
class FamilyTests extends ChatTestSupport {

    @Autowired SchoolFixture fixture;
    @Autowired QuizFixture quizzes;
    @Autowired UsersService users;
    @Autowired NotifyService notify;
    @Autowired WorktimeService worktime;
    @Autowired TestClock clock;
    @Autowired ParentDigest digests;
    @Autowired PlannedNotices planned;

    @Test
    void theWeeklyDigestComesOnceAtTheParentsHourWithGradesMissedWorkAndStudyTime() {
        SchoolFixture.World w = fixture.create();
        long parentChat = link(w.parent());
        TestView fractions = quizzes.fractions(w, ReviewPolicy.SCORE_AFTER_ATTEMPT);
        quizzes.handInRight(quizzes.assignToClassA(w, fractions, Duration.ofDays(2)), w.studentA());
        Assignment missed = quizzes.assignToClassA(w, quizzes.fractions(w, ReviewPolicy.SCORE_AFTER_ATTEMPT), Duration.ofMinutes(30));
        worktime.addEntry(w.actor(w.studentA()), new ManualEntry("homework", w.maths().id(), null, Duration.ofMinutes(95)));
        clock.advance(Duration.ofHours(1));
        ZonedDateTime local = clock.instant().atZone(w.school().timezone());
        notify.digest(w.parent().id(), local.getDayOfWeek(), local.getHour());

        digests.planDue(clock.instant());
        digests.planDue(clock.instant());

        await(() -> FAKE.textsTo(parentChat).stream().anyMatch(text -> text.startsWith("Тиждень у школі")));
        FakeMessage digest = FAKE.messagesTo(parentChat).stream().filter(m -> m.text().startsWith("Тиждень")).findFirst().orElseThrow();
        assertThat(digest.text()).contains(w.studentA().fullName())
                .contains("Оцінки: Fractions — 12").contains("Не здано вчасно: Fractions")
                .contains("Навчання: 1 год 35 хв");
        assertThat(digest.buttonTexts()).containsExactly(java.util.List.of("Переглянуто", "Запитати вчителя"));
        assertThat(missed.id()).isPositive();

        press(parentChat, digest, "Переглянуто");
        await(() -> FAKE.textsTo(parentChat).contains("Дякуємо! Звіт позначено як переглянутий."));
        // planDue ran on this thread, twice: a second digest would be planned by now
        assertThat(planned.count(w.parent().id(), NotificationKind.PARENT_DIGEST)).isEqualTo(1);
        assertThat(FAKE.textsTo(parentChat)).filteredOn(text -> text.startsWith("Тиждень")).hasSize(1);
    }

    @Test
    void aMondayDigestCountsTheStudyTimeOfTheLastSevenDays() {
        SchoolFixture.World w = fixture.create();
        long parentChat = link(w.parent());
        try {
            clock.set(java.time.Instant.parse("2026-11-18T10:00:00Z")); // Wednesday
            worktime.addEntry(w.actor(w.studentA()), new ManualEntry("homework", w.maths().id(), null, Duration.ofMinutes(50)));
            clock.set(java.time.Instant.parse("2026-11-23T07:30:00Z")); // the next Monday, 09:30 in Kyiv
            notify.digest(w.parent().id(), java.time.DayOfWeek.MONDAY, 9);

            digests.planDue(clock.instant());
        } finally {
            clock.reset();
        }

        await(() -> FAKE.textsTo(parentChat).stream().anyMatch(text -> text.startsWith("Тиждень у школі")));
        assertThat(FAKE.textsTo(parentChat)).filteredOn(text -> text.startsWith("Тиждень")).singleElement().asString()
                .contains("Навчання: 0 год 50 хв");
    }

    @Test
    void aParentsQuestionReachesTheTeachersOfTheChildsClassEscaped() {
        SchoolFixture.World w = fixture.create();
        long parentChat = link(w.parent());
        long teacherChat = link(w.teacher());

        assertThat(reply(parentChat, "/ask").text()).startsWith("Напишіть запитання");
        assertThat(reply(parentChat, "Чи буде <b>контрольна</b> в п’ятницю?").text()).isEqualTo("Запитання надіслано вчителям (1).");

        FakeMessage question = FAKE.awaitMessages(teacherChat, 1, WAIT).getFirst();
        assertThat(question.text()).isEqualTo("Запитання від " + w.parent().fullName() + " (про " + w.studentA().fullName()
                + "):\nЧи буде <b>контрольна</b> в п’ятницю?");
        assertThat(question.html()).contains("&lt;b&gt;контрольна&lt;/b&gt;");
    }

    @Test
    void aStudentCannotAskAsAParent() {
        SchoolFixture.World w = fixture.create();
        long studentChat = link(w.studentA());
        assertThat(reply(studentChat, "/ask").text()).startsWith("Ця команда не для вашої ролі");
    }

    private long link(Account account) {
        long chat = newChat();
        users.linkTelegram(account.id(), new TelegramIdentity(chat, chat, "Test", null, "uk"));
        return chat;
    }
}
